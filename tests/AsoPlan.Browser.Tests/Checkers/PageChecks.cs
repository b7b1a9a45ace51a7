using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Checkers;

/// <summary>The in-browser checks every signed-in page gets: axe (WCAG 2.2 AA), headings and tables, keyboard, no template code.</summary>
public static class PageChecks
{
    public static async Task<IReadOnlyList<string>> AllAsync(IPage page, string name) =>
    [
        .. AxeChecker.Problems(await AxeChecker.RunAsync(page, name)),
        .. await PageInspector.StructureAsync(page),
        .. await KeyboardCheck.RunAsync(page),
        .. await PageInspector.TemplateTextAsync(page),
    ];
}
