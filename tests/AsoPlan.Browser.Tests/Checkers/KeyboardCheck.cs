using System.Text.Json;
using AsoPlan.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Checkers;

/// <summary>
/// A keyboard-only visit from the top of a freshly loaded page: the first Tab reaches a visible skip link to the
/// main landmark, following it moves there, and every focused element shows a focus indicator.
/// </summary>
public static class KeyboardCheck
{
    private const int StopsAfterSkipLink = 5;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record Focused(
        string Description, string Tag, string? Href, string? MainTarget, bool Visible, bool Indicator, string Style);

    /// <summary>Expects the page just loaded (focus on the document).</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IPage page)
    {
        var problems = new List<string>();
        var script = await File.ReadAllTextAsync(SuitePaths.Script("focused.js"));

        await page.Keyboard.PressAsync("Tab");
        var first = await FocusedAsync(page, script);
        if (first is null)
        {
            return ["the first Tab focused nothing"];
        }

        if (first.Tag != "a" || first.MainTarget != "main")
        {
            problems.Add($"the first Tab should reach a skip link to the main landmark (href=\"#main\" on <main id=\"main\">), " +
                         $"it reached {first.Description} (its target: {first.MainTarget ?? "none"})");
        }

        Require(first, problems);
        if (problems.Count > 0)
        {
            return problems;
        }

        await page.Keyboard.PressAsync("Enter");
        var hash = await page.EvaluateAsync<string>("() => location.hash");
        if (hash != first.Href)
        {
            problems.Add($"following the skip link did not move to {first.Href} (location.hash is \"{hash}\")");
        }

        for (var stop = 0; stop < StopsAfterSkipLink; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page, script);
            if (focused is null)
            {
                break;
            }

            Require(focused, problems);
        }

        return problems;
    }

    private static async Task<Focused?> FocusedAsync(IPage page, string script)
    {
        var json = await page.EvaluateAsync<JsonElement>(script);
        return json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : json.Deserialize<Focused>(JsonOptions);
    }

    private static void Require(Focused focused, List<string> problems)
    {
        if (!focused.Visible)
        {
            problems.Add($"focused element is not visible on screen: {focused.Description}");
        }

        if (!focused.Indicator)
        {
            problems.Add($"focused element shows no focus indicator ({focused.Style}): {focused.Description}");
        }
    }
}
