using System.Diagnostics;

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
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = factory.Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AsoPlan.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__AsoPlan"] = factory.ConnectionString;
        start.Environment["Database__Provider"] = "Sqlite";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input ?? string.Empty);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandRun(process.ExitCode, await output, await error);
    }
}

public sealed record CommandRun(int ExitCode, string Output, string Error);
