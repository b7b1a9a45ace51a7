using System.Globalization;
using System.Net.Http.Headers;
using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// Citizens read on phones over rural mobile networks: a first visit to any public page (document, CSS,
/// JS, fonts, images, compressed as sent) stays within 100 KB, or 200 KB where the page draws charts.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class PageWeightTests(BrowserSuite suite, ITestOutputHelper output)
{
    public const long WithoutCharts = 100 * 1024;

    public const long WithCharts = 200 * 1024;

    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task First_visit_stays_within_the_page_weight_budget(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var problems = new List<(string, IReadOnlyList<string>)>();
        foreach (var target in await SiteMap.PagesAsync(server, kind))
        {
            var load = await PageWeight.MeasureAsync(suite, server.Url(target.Path));
            var budget = load.HasCharts ? WithCharts : WithoutCharts;
            output.WriteLine($"{target.Path}: {Kb(load.TotalBytes)} of {Kb(budget)}{(load.HasCharts ? " (charts)" : "")}");
            foreach (var transfer in load.Transfers)
            {
                output.WriteLine($"  {transfer.Type,-10} {transfer.Encoding,-8} {Kb(transfer.Bytes),10}  {transfer.Url}");
            }

            Assert.Contains(load.Transfers, t => t.Type == "Document");
            Assert.Contains(load.Transfers, t => t.Type == "Stylesheet");
            problems.Add((target.Path, [
                .. load.TotalBytes <= budget
                    ? Array.Empty<string>()
                    : [$"{Kb(load.TotalBytes)} transferred, budget {Kb(budget)}: " +
                       string.Join(", ", load.Transfers.OrderByDescending(t => t.Bytes).Take(3).Select(t => $"{new Uri(t.Url).AbsolutePath} {Kb(t.Bytes)}"))],

                // Chart.js is fetched on demand; the scroll to the end must have brought it in, or the sum is short.
                .. load.HasCharts && !load.Transfers.Any(t => t.Url.Contains("/lib/chartjs/chart.umd.min.js", StringComparison.Ordinal))
                    ? ["Chart.js was not loaded after scrolling to the end, so its bytes are missing from the sum"]
                    : Array.Empty<string>(),
            ]));
        }

        Expect.NoProblems("page weight", problems);
    }

    /// <summary>The measure is the real thing: the compressed bytes the server sends, not the decoded size.</summary>
    [Fact]
    public async Task Measured_bytes_are_the_compressed_bytes_on_the_wire()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var measure = await PageWeight.MeasureAsync(suite, server.Url("/measures/13"));
        var stylesheet = measure.Transfers.Single(t => t.Url.Contains("/lib/bootstrap/css/bootstrap.min.css", StringComparison.Ordinal));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(stylesheet.Url));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(stylesheet.Encoding));
        using var response = await server.Http.SendAsync(request);
        var compressed = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        var plain = (await server.Http.GetByteArrayAsync(new Uri(stylesheet.Url))).LongLength;

        output.WriteLine($"bootstrap.min.css: {stylesheet.Encoding} {compressed} B, plain {plain} B, measured {stylesheet.Bytes} B");
        Assert.NotEqual("identity", stylesheet.Encoding);
        Assert.InRange(stylesheet.Bytes, compressed, compressed + 2048); // the body plus the response headers
        Assert.True(plain > 3 * compressed, $"plain {plain} B should be several times the {stylesheet.Encoding} {compressed} B");
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";
}
