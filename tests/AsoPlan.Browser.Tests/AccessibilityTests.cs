using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;

namespace AsoPlan.Browser.Tests;

/// <summary>JIS X 8341-3:2016 level AA, checked as WCAG 2.2 A/AA (which contains 2.0) on every public page kind.</summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class AccessibilityTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task Axe_finds_no_WCAG_2_2_AA_violation(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        Expect.NoProblems("axe (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)", await suite.InspectEveryPageAsync(
            kind,
            Screen.Desktop,
            async (page, target) =>
            {
                var violations = await AxeChecker.RunAsync(page, target.Name);
                AccessibilityRecord.AxeChecked(target, await page.TitleAsync(), violations.Count);
                return AxeChecker.Problems(violations);
            }));
    }

    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task Keyboard_reaches_main_content_with_visible_focus_and_headings_and_tables_are_sound(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        Expect.NoProblems("keyboard, headings, tables and colour", await suite.InspectEveryPageAsync(
            kind,
            Screen.Desktop,
            async (page, _) => [.. await PageInspector.StructureAsync(page), .. await KeyboardCheck.RunAsync(page)]));
    }

    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task No_template_code_reaches_the_page(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        Expect.NoProblems("template code in the rendered page", await suite.InspectEveryPageAsync(
            kind, Screen.Desktop, (page, _) => PageInspector.TemplateTextAsync(page)));
    }

    [Theory]
    [MemberData(nameof(SiteMap.Kinds), MemberType = typeof(SiteMap))]
    public async Task Text_zoomed_to_200_percent_needs_no_horizontal_scrolling(string kind)
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        Expect.NoProblems("200% zoom (1280 px window, 640 CSS px)", await suite.InspectEveryPageAsync(
            kind, Screen.Zoom200, (page, _) => PageInspector.OverflowAsync(page)));
    }
}
