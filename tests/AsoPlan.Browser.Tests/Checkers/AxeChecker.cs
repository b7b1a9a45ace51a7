using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AsoPlan.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Checkers;

public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Nodes);

/// <summary>axe-core from node_modules, injected into the page and run with the WCAG 2.0/2.1/2.2 A and AA rules.</summary>
public static class AxeChecker
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private const string Run = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' ').trim()),
          }));
        }
        """;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs axe on the page as it is now; the violations also go to reports/axe-{reportName}.json.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, string reportName)
    {
        if (!File.Exists(SuitePaths.AxeScript))
        {
            throw new InvalidOperationException(NpmPackages.MissingMessage(SuitePaths.AxeScript));
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = SuitePaths.AxeScript });
        }

        var result = await page.EvaluateAsync<JsonElement>(Run, Tags);
        var violations = result.Deserialize<List<AxeViolation>>(Json) ?? [];
        await File.WriteAllTextAsync(
            Path.Combine(SuitePaths.Reports, $"axe-{reportName}.json"),
            JsonSerializer.Serialize(new { url = page.Url, tags = Tags, violations }, Json));
        return violations;
    }

    /// <summary>What a developer needs to fix each violation: rule id, what it asks, where, and why it failed.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<AxeViolation> violations) =>
        violations.Select(Describe).ToList();

    public static string Describe(string where, IReadOnlyList<AxeViolation> violations) =>
        $"{violations.Count} axe violation(s) on {where}:\n- " + string.Join("\n- ", Problems(violations));

    private static string Describe(AxeViolation v)
    {
        var text = new StringBuilder($"[{v.Id}] ({v.Impact}) {v.Help} — {v.HelpUrl}");
        foreach (var node in v.Nodes.Take(8))
        {
            text.Append($"\n    where: {node}");
        }

        if (v.Nodes.Count > 8)
        {
            text.Append($"\n    … and {v.Nodes.Count - 8} more");
        }

        return text.ToString();
    }
}
