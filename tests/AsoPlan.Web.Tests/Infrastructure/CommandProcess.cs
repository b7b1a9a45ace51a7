using AsoPlan.Testing;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>Runs the real entry point as a process (<c>dotnet AsoPlan.Web.dll COMMAND …</c>) on a factory's database.</summary>
public static class CommandProcess
{
    public static Task<CommandRun> RunAsync(PortalFactory factory, string? input, params string[] args) =>
        RunWithAsync(factory, new Dictionary<string, string>(), input, args);

    /// <summary>As above, with configuration overridden through <paramref name="environment"/> (e.g. Database__Provider).</summary>
    public static async Task<CommandRun> RunWithAsync(PortalFactory factory, IReadOnlyDictionary<string, string> environment, string? input, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(factory);
        var start = AppLaunch.StartInfo(Path.Combine(AppContext.BaseDirectory, "AsoPlan.Web.dll"), factory.Directory, args)
            .OnSqlite("Testing", factory.ConnectionString);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return await AppLaunch.RunAsync(start, input, TimeSpan.FromMinutes(2));
    }
}
