using System.Diagnostics;
using AsoPlan.Testing;

namespace AsoPlan.Browser.Tests.Infrastructure;

/// <summary>
/// The real app, started as its own process on a free loopback port with its own temporary SQLite database,
/// exactly as a citizen's browser meets it (Production environment, real migrations and seed import).
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly RunningApp app;
    private readonly string workFolder;

    private AppServer(RunningApp app, string workFolder)
    {
        this.app = app;
        this.workFolder = workFolder;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
    }

    public Uri BaseAddress => app.BaseAddress;

    /// <summary>Plain HTTP access to the served bytes (the HTML checker validates what the server sends).</summary>
    public HttpClient Http { get; }

    public string DatabaseFile => Path.Combine(workFolder, "asoplan.db");

    public string ConsoleOutput => app.Output;

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
        var app = await RunningApp.StartAsync(StartInfo(workFolder, ["--contentRoot", SuitePaths.WebProject]), TimeSpan.FromSeconds(90), WithMail(workFolder));
        return new AppServer(app, workFolder);
    }

    /// <summary>Where the app writes its mails (.eml files), as a mail program would pick them up.</summary>
    public string MailFolder => Path.Combine(workFolder, "mail");

    /// <summary>
    /// Mail on, as a city runs it, but into a pickup folder of this server's own instead of an SMTP server, so the
    /// journeys can read each mail: the sender, and the portal address the mails link to (this server's).
    /// </summary>
    private static Action<ProcessStartInfo, Uri> WithMail(string workFolder) => (start, address) =>
    {
        start.Environment["Mail__PickupDirectory"] = Path.Combine(workFolder, "mail");
        start.Environment["Mail__From"] = "kikaku@browser.asoplan.example";
        start.Environment["Reminders__PortalUrl"] = address.ToString();
    };

    /// <summary>
    /// Runs one of the app's commands (import-plan, export-plan …) against this server's database, with the
    /// server's settings, as an operator would on the machine. Returns the exit code and what it printed.
    /// </summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] arguments)
    {
        var run = await AppLaunch.RunAsync(StartInfo(workFolder, arguments), input: null, TimeSpan.FromMinutes(2));
        return (run.ExitCode, run.Output + run.Error);
    }

    /// <summary>The app as the suite runs it: Production settings, its own SQLite file and log folder in <paramref name="workFolder"/>.</summary>
    private static ProcessStartInfo StartInfo(string workFolder, IEnumerable<string> arguments)
    {
        // The work folder is the current directory, so anything the app writes relative to it (logs) lands there.
        var start = AppLaunch.StartInfo(SuitePaths.WebAppDll, workFolder, arguments)
            .OnSqlite("Production", $"Data Source={Path.Combine(workFolder, "asoplan.db")}");
        // Commands take no host arguments, so the content root (appsettings, seeds) is also given this way.
        start.Environment["ASPNETCORE_CONTENTROOT"] = SuitePaths.WebProject;
        // Production settings, but served on plain-http loopback: no HTTPS redirect, no Secure-only cookies.
        start.Environment["Security__RequireHttps"] = "false";
        // Every browser context signs in from the same loopback address; the per-address limit is for the internet
        // (tested in the Web suite), not for one test run. The per-account limit and the lockout stay as shipped.
        start.Environment["Security__SignInAttemptsPerMinutePerAddress"] = "1000";
        start.Environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(workFolder, "logs", "asoplan-.log");
        return start;
    }

    /// <summary>Ends the app the hard way (SIGKILL): no shutdown, no flush, as a power cut or an OOM kill would.</summary>
    public Task KillAsync() => app.KillAsync();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.DisposeAsync();
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
}
