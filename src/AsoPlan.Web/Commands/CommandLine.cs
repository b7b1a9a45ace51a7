namespace AsoPlan.Web.Commands;

/// <summary>Maintenance commands run instead of the web server: <c>dotnet AsoPlan.Web.dll COMMAND …</c>.</summary>
public static class CommandLine
{
    public const int Success = 0;

    public const int Failure = 1;

    public const int UsageError = 2;

    public static bool IsCommand(string[] args) => args is [CreateAdminCommand.Name, ..];

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        CreateAdminCommand.RunAsync(services, args, CommandConsole.System());
}
