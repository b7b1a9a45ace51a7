namespace AsoPlan.Web.Infrastructure.Commands;

/// <summary>Maintenance commands run instead of the web server: <c>dotnet AsoPlan.Web.dll COMMAND …</c>.</summary>
public static class CommandLine
{
    public const int Success = 0;

    public const int Failure = 1;

    public const int UsageError = 2;

    public static bool IsCommand(string[] args) =>
        args is [CreateAdminCommand.Name or ImportPlanCommand.ImportName or ImportPlanCommand.ExportName or BackupCommands.BackupName or BackupCommands.RestoreName, ..];

    public static Task<int> RunAsync(IServiceProvider services, string[] args) => args[0] switch
    {
        CreateAdminCommand.Name => CreateAdminCommand.RunAsync(services, args, CommandConsole.System()),
        BackupCommands.BackupName or BackupCommands.RestoreName => BackupCommands.RunAsync(services, args, CommandConsole.System()),
        _ => ImportPlanCommand.RunAsync(services, args, CommandConsole.System()),
    };
}
