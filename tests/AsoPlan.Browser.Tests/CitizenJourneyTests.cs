using System.Text;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// A citizen on a phone: home → plan tree → policy → measure → its indicators; then a search for the indicator by a
/// word of its name; then the open-data CSV. Every step asserts what the person sees.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class CitizenJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Citizen_finds_an_indicator_through_the_plan_tree_and_search_and_downloads_it_as_open_data()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var indicator = SeedFacts.JourneyIndicator;
        var server = await suite.ServerAsync();
        var page = await suite.NewPageAsync(Screen.Phone);
        try
        {
            await page.GotoAsync(server.Url("/").ToString());

            // The plan tree on the home page leads to the policy, and the policy page to the measure.
            await page.Locator($"main a[href='/policies/{indicator.PolicyNumber}']").First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(server.Url($"/policies/{indicator.PolicyNumber}").ToString());
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(indicator.PolicyTitle);

            await page.Locator($"main a[href='/measures/{indicator.MeasureNumber}']").First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(server.Url($"/measures/{indicator.MeasureNumber}").ToString());
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(indicator.MeasureTitle);

            // The indicators table shows the indicator with its baseline as the plan states it.
            var row = page.Locator("main table tr", new() { HasText = indicator.Name });
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row).ToContainTextAsync(indicator.BaselineText);

            // Search by a word from the indicator's name finds the measure.
            await SearchAsync(page, indicator.SearchWord);
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?"));
            var result = page.Locator($"main a[href^='/measures/{indicator.MeasureNumber}']").Filter(new() { Visible = true });
            await Assertions.Expect(result.First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(indicator.Name);

            // The menu leads to the open-data page, which offers the indicators CSV; Excel in Japan needs the BOM.
            await page.Locator("a[href='/opendata']").Filter(new() { Visible = true }).First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(server.Url("/opendata").ToString());
            var download = await page.RunAndWaitForDownloadAsync(
                () => page.Locator("main a[href$='indicators.csv']").First.ClickAsync());
            var file = Path.Combine(SuitePaths.Reports, "journey-indicators.csv");
            await download.SaveAsAsync(file);
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "indicators.csv does not start with a UTF-8 BOM.");
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            Assert.Contains(lines, l => l.Contains(indicator.Code, StringComparison.Ordinal)
                                        && l.Contains(indicator.Name, StringComparison.Ordinal)
                                        && l.Contains(indicator.BaselineText, StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Types into the site's search box; where the page shows none, follows the menu's search link first.</summary>
    private static async Task SearchAsync(IPage page, string word)
    {
        var box = page.Locator("input[type='search'], input[name='q']").Filter(new() { Visible = true });
        if (await box.CountAsync() == 0)
        {
            await page.Locator("a[href='/search']").Filter(new() { Visible = true }).First.ClickAsync();
        }

        await box.First.FillAsync(word);
        await box.First.PressAsync("Enter");
    }
}
