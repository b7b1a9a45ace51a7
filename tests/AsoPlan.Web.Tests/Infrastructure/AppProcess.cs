using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>
/// The real app as its own process (<c>dotnet AsoPlan.Web.dll</c>) on a free loopback port and a given
/// SQLite file, with a home folder of its own: nothing on disk outside the database is shared with
/// another instance (ASP.NET Core would otherwise keep its keys under <c>~/.aspnet</c>).
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, Uri baseAddress, string home)
    {
        this.process = process;
        BaseAddress = baseAddress;
        Home = home;
    }

    public Uri BaseAddress { get; }

    /// <summary>The instance's own HOME.</summary>
    public string Home { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<AppProcess> StartAsync(PortalFactory database, string name)
    {
        ArgumentNullException.ThrowIfNull(database);
        var home = Path.Combine(database.Directory, name);
        Directory.CreateDirectory(home);
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = home,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AsoPlan.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(AppContext.BaseDirectory);
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__AsoPlan"] = database.ConnectionString;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(home, "logs", "asoplan-.log");

        var server = new AppProcess(Process.Start(start)!, baseAddress, home);
        server.process.OutputDataReceived += (_, e) => server.Record(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
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

    /// <summary>A client of this instance that keeps its cookies in <paramref name="cookies"/>, shared with other clients as one browser would.</summary>
    public HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode} before /healthz answered.\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"/healthz did not answer within {StartupTimeout}.\n{Output}");
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
