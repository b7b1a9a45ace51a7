using System.Collections.Concurrent;
using AsoPlan.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// A measure page's charts sit below the fold on a phone, and Chart.js is most of the page's weight: the
/// library is fetched only when a chart nears the screen, under the site's own Content-Security-Policy,
/// and then draws the chart.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class ChartLoadingTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const string FirstChartDrawn =
        "() => window.Chart !== undefined && window.Chart.getChart(document.querySelector('canvas[data-chart]')) !== undefined";

    [Fact]
    public async Task Chart_library_is_fetched_when_a_chart_nears_the_screen_and_then_draws_it()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var options = Screen.Phone.ContextOptions();
        options.BypassCSP = false; // the page's Content-Security-Policy applies, as for a visitor
        var context = await (await suite.BrowserAsync()).NewContextAsync(options);
        try
        {
            var page = await context.NewPageAsync();
            var libraryRequests = new ConcurrentQueue<string>();
            var errors = new ConcurrentQueue<string>();
            page.Request += (_, request) =>
            {
                if (request.Url.Contains("/lib/chartjs/", StringComparison.Ordinal))
                {
                    libraryRequests.Enqueue(request.Url);
                }
            };
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Enqueue(message.Text);
                }
            };

            await page.GotoAsync(server.Url("/measures/13").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            var chart = page.Locator("canvas[data-chart]").First;
            var box = await chart.BoundingBoxAsync();
            Assert.True(box!.Y > Screen.Phone.Height + 300, $"the first chart is at {box.Y} px, within reach of the first screen: this test needs one further down");
            Assert.Empty(libraryRequests);
            Assert.False(await page.EvaluateAsync<bool>(FirstChartDrawn));

            await chart.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync(FirstChartDrawn);

            var fetched = Assert.Single(libraryRequests);
            Assert.Contains("/lib/chartjs/chart.umd.min.js?v=", fetched, StringComparison.Ordinal);
            Assert.Empty(errors);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
