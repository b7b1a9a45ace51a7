using AsoPlan.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Checkers;

/// <summary>The hand-written checks (Scripts/*.js), each returning the problems a person would notice.</summary>
public static class PageInspector
{
    /// <summary>One h1, no skipped heading levels, th in every table, text on every coloured marker.</summary>
    public static Task<IReadOnlyList<string>> StructureAsync(IPage page) => RunAsync(page, "structure.js");

    /// <summary>No horizontal scrolling; wide tables scroll inside their own container.</summary>
    public static Task<IReadOnlyList<string>> OverflowAsync(IPage page) => RunAsync(page, "overflow.js");

    /// <summary>WCAG 2.5.8 target size (24×24 CSS px or enough spacing; inline links in sentences exempt).</summary>
    public static Task<IReadOnlyList<string>> TapTargetsAsync(IPage page) => RunAsync(page, "tap-targets.js");

    /// <summary>Razor code in the visible text or unprocessed tag helper attributes.</summary>
    public static Task<IReadOnlyList<string>> TemplateTextAsync(IPage page) => RunAsync(page, "template-text.js");

    /// <summary>No table cell with 4+ characters narrower than 56 px and taller than 3 lines.</summary>
    public static Task<IReadOnlyList<string>> SqueezedCellsAsync(IPage page) => RunAsync(page, "squeezed-cells.js");

    /// <summary>A table that scrolls sideways has a visible cue and a sticky first column.</summary>
    public static Task<IReadOnlyList<string>> ScrollCuesAsync(IPage page) => RunAsync(page, "scroll-cues.js");

    private static async Task<IReadOnlyList<string>> RunAsync(IPage page, string script) =>
        await page.EvaluateAsync<string[]>(await File.ReadAllTextAsync(SuitePaths.Script(script)));
}
