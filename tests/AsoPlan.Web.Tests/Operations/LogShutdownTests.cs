using System.Net;
using System.Text.Json;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Operations;

/// <summary>
/// The log sinks are asynchronous and the file is written through a buffer (docs/operations.md, Logs): a line
/// leaves the request at once and reaches the disk later. At a normal stop nothing may be lost, so the host's
/// disposal drains the queues and flushes the file. The app runs as its own process and is stopped with SIGTERM,
/// as systemd or a container runtime stops it. The file's periodic flush is set to an hour here, so only the
/// flush at shutdown can bring the last lines to the disk.
/// </summary>
public sealed class LogShutdownTests : OwnDatabase
{
    private static readonly string[] Paths = [.. Enumerable.Range(1, 20).Select(n => $"/measures/{n}"), "/policies/3", "/sdgs", "/no-such-page"];

    [Fact]
    public async Task Every_request_line_is_in_the_log_file_and_on_the_console_after_a_normal_stop()
    {
        await using var app = await AppProcess.StartAsync(Database, "log-shutdown", new Dictionary<string, string>
        {
            ["Serilog:WriteTo:File:Args:flushToDiskInterval"] = "01:00:00",
        });
        using var client = app.Client(new CookieContainer());
        foreach (var path in Paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }

        Assert.Equal(0, await app.StopAsync());

        var file = await ReadLogFilesAsync(Path.Combine(app.Home, "logs"));
        foreach (var path in Paths)
        {
            var status = path == "/no-such-page" ? 404 : 200;
            Assert.Contains($"HTTP GET {path} responded {status} in ", file, StringComparison.Ordinal);
            Assert.Contains($"HTTP GET {path} responded {status} in ", app.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Application is shutting down", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_compact_JSON_format_is_chosen_by_configuration_one_event_per_line()
    {
        await using var app = await AppProcess.StartAsync(Database, "log-json", new Dictionary<string, string>
        {
            ["Serilog:WriteTo:File:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        });
        using var client = app.Client(new CookieContainer());
        using (await client.GetAsync(new Uri("/measures/13", UriKind.Relative)))
        {
        }

        Assert.Equal(0, await app.StopAsync());

        var lines = (await ReadLogFilesAsync(Path.Combine(app.Home, "logs"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var events = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _) && e.TryGetProperty("@mt", out _), e.ToString()));
        var request = Assert.Single(events, e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/measures/13");
        Assert.Equal("GET", request.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
    }

    private static async Task<string> ReadLogFilesAsync(string directory)
    {
        var text = string.Empty;
        foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
        {
            text += await File.ReadAllTextAsync(file);
        }

        return text;
    }
}
