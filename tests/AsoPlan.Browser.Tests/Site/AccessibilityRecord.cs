using System.Collections.Concurrent;
using System.Text.Json;
using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Web.Features.Portal.Accessibility;

namespace AsoPlan.Browser.Tests.Site;

/// <summary>
/// Collects what the axe and Nu checks found on each public page during this run and, when both covered every
/// page, writes the results the accessibility policy page shows (src/AsoPlan.Web/Features/Portal/Accessibility/test-results.json).
/// The file is rewritten only when the findings differ from the recorded ones (pages, results, checkers, browser),
/// so a run that finds the same leaves the committed file and its date as they are; nothing compares the file with
/// the run, so a changed file never fails a test run.
/// </summary>
public static class AccessibilityRecord
{
    private static readonly ConcurrentDictionary<string, (string Title, int Violations)> Axe = new();
    private static readonly ConcurrentDictionary<string, int> Html = new();
    private static IReadOnlyList<string> expected = [];

    public static string ResultsFile { get; } = Path.Combine(SuitePaths.WebProject, AccessibilityResults.FileName);

    /// <summary>The public pages the statement covers: every page the HTML check validated.</summary>
    public static void HtmlChecked(IReadOnlyList<(PublicPage Page, int Errors)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        expected = [.. pages.Select(p => p.Page.Path)];
        foreach (var (page, errors) in pages)
        {
            Html[page.Path] = errors;
        }
    }

    public static void AxeChecked(PublicPage page, string title, int violations)
    {
        ArgumentNullException.ThrowIfNull(page);
        Axe[page.Path] = (title, violations);
    }

    /// <summary>Writes the results when this run checked every page both ways; returns what it did.</summary>
    public static async Task<string> WriteIfCompleteAsync(string browserVersion)
    {
        if (expected.Count == 0 || expected.Any(p => !Axe.ContainsKey(p) || !Html.ContainsKey(p)))
        {
            return "accessibility results not written: this run did not check every public page with both axe and the Nu checker";
        }

        var results = new AccessibilityResults(
            DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)),
            $"Chromium {browserVersion.Split('.')[0]}",
            [$"axe-core {NpmPackages.Version("axe-core")}（WCAG 2.2 の適合レベル A・AA の規則）", $"Nu HTML Checker（vnu-jar {NpmPackages.Version("vnu-jar")}）"],
            [.. expected.Select(p => new PageResult(p, Axe[p].Title, Axe[p].Violations, Html[p]))]);
        if (File.Exists(ResultsFile)
            && JsonSerializer.Deserialize<AccessibilityResults>(await File.ReadAllTextAsync(ResultsFile), AccessibilityResults.Json) is { } recorded
            && recorded.SameFindings(results))
        {
            return $"accessibility results unchanged since {recorded.TestedOn:yyyy-MM-dd}: {ResultsFile} left as it is";
        }

        // Written beside and moved over, so the app (or a test) reading the file meanwhile sees the old or the new one whole.
        var written = ResultsFile + ".new";
        await File.WriteAllTextAsync(written, JsonSerializer.Serialize(results, AccessibilityResults.Json) + "\n");
        File.Move(written, ResultsFile, overwrite: true);
        return $"accessibility results written to {ResultsFile} ({results.Pages.Count} pages)";
    }
}
