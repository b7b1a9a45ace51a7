using System.Diagnostics;

namespace AsoPlan.Testing;

/// <summary>How the suites start the built app (<c>dotnet AsoPlan.Web.dll …</c>), as a server or for one of its commands.</summary>
public static class AppLaunch
{
    /// <summary>
    /// A start of <paramref name="appDll"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>,
    /// output redirected, and no listening address inherited from the test runner's environment.
    /// </summary>
    public static ProcessStartInfo StartInfo(string appDll, string workingDirectory, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        return start;
    }

    /// <summary>The app's host environment and its own SQLite database, as every suite's start of the app sets them.</summary>
    public static ProcessStartInfo OnSqlite(this ProcessStartInfo start, string environment, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__AsoPlan"] = connectionString;
        start.Environment["Database__Provider"] = "Sqlite";
        return start;
    }

    /// <summary>Runs a command of the app to its end, with <paramref name="input"/> typed on its standard input.</summary>
    public static async Task<CommandRun> RunAsync(ProcessStartInfo start, string? input, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input ?? string.Empty);
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        return new CommandRun(process.ExitCode, await output, await error);
    }
}

public sealed record CommandRun(int ExitCode, string Output, string Error);
