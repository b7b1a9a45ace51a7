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

    private static async Task<IReadOnlyList<string>> RunAsync(IPage page, string script) =>
        await page.EvaluateAsync<string[]>(await File.ReadAllTextAsync(SuitePaths.Script(script)));
}
