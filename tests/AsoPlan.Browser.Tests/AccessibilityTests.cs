using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;

namespace AsoPlan.Browser.Tests;

/// <summary>JIS X 8341-3:2016 level AA, checked as WCAG 2.1 A/AA on every public page kind.</summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class AccessibilityTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task Axe_finds_no_WCAG_2_1_AA_violation(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var failures = new List<string>();
        foreach (var target in await SiteMap.PagesAsync(await suite.ServerAsync(), kind))
        {
            var page = await suite.OpenAsync(Screen.Desktop, target);
            var violations = await AxeChecker.RunAsync(page, target.Name);
            if (violations.Count > 0)
            {
                failures.Add(AxeChecker.Describe(target.Path, violations));
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task Keyboard_reaches_main_content_with_visible_focus_and_headings_and_tables_are_sound(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var results = new List<(string, IReadOnlyList<string>)>();
        foreach (var target in await SiteMap.PagesAsync(await suite.ServerAsync(), kind))
        {
            var page = await suite.OpenAsync(Screen.Desktop, target);
            var problems = new List<string>(await PageInspector.StructureAsync(page));
            problems.AddRange(await KeyboardCheck.RunAsync(page));
            results.Add((target.Path, problems));
        }

        Expect.NoProblems("keyboard, headings, tables and colour", results);
    }

    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task Text_zoomed_to_200_percent_needs_no_horizontal_scrolling(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var results = new List<(string, IReadOnlyList<string>)>();
        foreach (var target in await SiteMap.PagesAsync(await suite.ServerAsync(), kind))
        {
            var page = await suite.OpenAsync(Screen.Zoom200, target);
            results.Add((target.Path, await PageInspector.OverflowAsync(page)));
        }

        Expect.NoProblems("200% zoom (1280 px window, 640 CSS px)", results);
    }
}
