using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// Most visitors come on a phone: 390×844, no sideways scrolling, tables in their own scroller with a cue and a sticky
/// first column (or stacked as cards), no squeezed table cells, big enough targets.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class PhoneLayoutTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task Phone_page_fits_the_screen_tables_read_well_and_tap_targets_are_at_least_24px(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        Expect.NoProblems("phone layout at 390×844", await suite.InspectEveryPageAsync(
            kind,
            Screen.Phone,
            async (page, _) =>
            [
                .. await PageInspector.OverflowAsync(page),
                .. await PageInspector.SqueezedCellsAsync(page),
                .. await PageInspector.ScrollCuesAsync(page),
                .. await PageInspector.TapTargetsAsync(page),
            ]));
    }

    [Fact]
    public async Task Screenshots_of_home_and_a_measure_at_phone_and_desktop_widths_are_written()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        PublicPage[] pages = [new("home", "/"), new("measure-13", "/measures/13")];
        foreach (var screen in new[] { Screen.Phone, Screen.Desktop })
        {
            foreach (var target in pages)
            {
                var page = await suite.OpenAsync(screen, target);
                var file = Path.Combine(SuitePaths.Screenshots, $"{target.Name}-{screen.Name}-{screen.Width}x{screen.Height}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 10_000, $"{file} is suspiciously small for a full page.");
                output.WriteLine($"screenshot: {file}");
            }
        }
    }
}
