using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AsoPlan.Testing;

/// <summary>
/// The real app running as its own process on a free loopback port: started from an <see cref="AppLaunch.StartInfo"/>,
/// ready once <c>/healthz</c> answers 200, everything it prints kept, and killed with its children when disposed.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private RunningApp(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The app's process id, for reading what it uses (/proc/ID/status).</summary>
    public int ProcessId => process.Id;

    /// <summary>What the app printed so far (standard output and error).</summary>
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

    /// <summary>
    /// Adds <c>--urls</c> with a free loopback port to <paramref name="start"/>, starts it, and waits until the app is healthy.
    /// <paramref name="atAddress"/> may add settings that need the app's address (e.g. the portal address its mails link to).
    /// </summary>
    public static async Task<RunningApp> StartAsync(ProcessStartInfo start, TimeSpan startupTimeout, Action<ProcessStartInfo, Uri>? atAddress = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        atAddress?.Invoke(start, baseAddress);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));

        var app = new RunningApp(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), baseAddress);
        app.process.OutputDataReceived += (_, e) => app.Record(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilHealthyAsync(startupTimeout);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>Ends the app the hard way (SIGKILL): no shutdown, no flush, as a power cut or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    /// <summary>
    /// Stops the app the normal way (SIGTERM, as systemd or a container runtime does) and waits for it to exit;
    /// returns its exit code.
    /// </summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before /healthz answered.\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"/healthz answered {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message; // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not become healthy within {timeout} ({last}).\n{Output}");
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
