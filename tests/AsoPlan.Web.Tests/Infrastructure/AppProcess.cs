using System.Net;
using AsoPlan.Testing;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>
/// The real app as its own process (<c>dotnet AsoPlan.Web.dll</c>) on a free loopback port and a given
/// SQLite file, with a home folder of its own: nothing on disk outside the database is shared with
/// another instance (ASP.NET Core would otherwise keep its keys under <c>~/.aspnet</c>).
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly RunningApp app;

    private AppProcess(RunningApp app, string home)
    {
        this.app = app;
        Home = home;
    }

    public Uri BaseAddress => app.BaseAddress;

    /// <summary>The instance's own HOME.</summary>
    public string Home { get; }

    public string Output => app.Output;

    public int ProcessId => app.ProcessId;

    /// <summary>Starts an instance; <paramref name="settings"/> are configuration keys (<c>Security:…</c>) added to its environment.</summary>
    public static async Task<AppProcess> StartAsync(PortalFactory database, string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var home = Path.Combine(database.Directory, name);
        Directory.CreateDirectory(home);
        var start = AppLaunch.StartInfo(Path.Combine(AppContext.BaseDirectory, "AsoPlan.Web.dll"), home, ["--contentRoot", AppContext.BaseDirectory])
            .OnSqlite("Testing", database.ConnectionString);
        start.Environment["HOME"] = home;
        start.Environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(home, "logs", "asoplan-.log");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new AppProcess(await RunningApp.StartAsync(start, TimeSpan.FromMinutes(2)), home);
    }

    /// <summary>A client of this instance that keeps its cookies in <paramref name="cookies"/>, shared with other clients as one browser would.</summary>
    public HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>Stops the instance normally (SIGTERM) and returns its exit code.</summary>
    public Task<int> StopAsync() => app.StopAsync(TimeSpan.FromMinutes(1));

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
