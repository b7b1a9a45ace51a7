using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AsoPlan.Browser.Tests.Infrastructure;

/// <summary>
/// The real app, started as its own process on a free loopback port with its own temporary SQLite database,
/// exactly as a citizen's browser meets it (Production environment, real migrations and seed import).
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly string workFolder;
    private readonly StringBuilder console = new();

    private AppServer(Process process, string workFolder, Uri baseAddress)
    {
        this.process = process;
        this.workFolder = workFolder;
        BaseAddress = baseAddress;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>Plain HTTP access to the served bytes (the HTML checker validates what the server sends).</summary>
    public HttpClient Http { get; }

    public string DatabaseFile => Path.Combine(workFolder, "asoplan.db");

    public string ConsoleOutput
    {
        get
        {
            lock (console)
            {
                return console.ToString();
            }
        }
    }

    public Uri Url(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    public static async Task<AppServer> StartAsync()
    {
        if (!File.Exists(SuitePaths.WebAppDll))
        {
            throw new InvalidOperationException(
                $"The app is not built: {SuitePaths.WebAppDll} is missing. Build the solution first (dotnet build AsoPlan.sln).");
        }

        var workFolder = Path.Combine(Path.GetTempPath(), "asoplan-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workFolder);
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");

        var start = StartInfo(workFolder, ["--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", SuitePaths.WebProject]);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new AppServer(process, workFolder, baseAddress);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await server.WaitUntilHealthyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>
    /// Runs one of the app's commands (import-plan, export-plan …) against this server's database, with the
    /// server's settings, as an operator would on the machine. Returns the exit code and what it printed.
    /// </summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] arguments)
    {
        var start = StartInfo(workFolder, arguments);
        using var command = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = command.StandardOutput.ReadToEndAsync();
        var error = command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        return (command.ExitCode, await output + await error);
    }

    /// <summary>The app as the suite runs it: Production settings, its own SQLite file and log folder in <paramref name="workFolder"/>.</summary>
    private static ProcessStartInfo StartInfo(string workFolder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The work folder is the current directory, so anything the app writes relative to it (logs) lands there.
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SuitePaths.WebAppDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
    
        // Commands take no host arguments, so the content root (appsettings, seeds) is also given this way.
        start.Environment["ASPNETCORE_CONTENTROOT"] = SuitePaths.WebProject;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment["Database__Provider"] = "Sqlite";
        // Production settings, but served on plain-http loopback: no HTTPS redirect, no Secure-only cookies.
        start.Environment["Security__RequireHttps"] = "false";
        // Every browser context signs in from the same loopback address; the per-address limit is for the internet
        // (tested in the Web suite), not for one test run. The per-account limit and the lockout stay as shipped.
        start.Environment["Security__SignInAttemptsPerMinutePerAddress"] = "1000";
        start.Environment["ConnectionStrings__AsoPlan"] = $"Data Source={Path.Combine(workFolder, "asoplan.db")}";
        start.Environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(workFolder, "logs", "asoplan-.log");

        return start;
    }

    /// <summary>Ends the app the hard way (SIGKILL): no shutdown, no flush, as a power cut or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        await File.WriteAllTextAsync(Path.Combine(SuitePaths.Reports, "app-console.log"), ConsoleOutput);
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is harmless in the temp folder.
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow + StartupTimeout;
        string last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The app exited with code {process.ExitCode} before /healthz answered.\n{ConsoleOutput}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"/healthz answered {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not become healthy within {StartupTimeout} ({last}).\n{ConsoleOutput}");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (console)
        {
            console.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
