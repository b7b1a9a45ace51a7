using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsoPlan.Web.Features.Portal.Accessibility;

/// <summary>
/// The latest automatic accessibility test of the public pages, as the browser suite recorded it in
/// <see cref="FileName"/> (never written by hand): when, with which checkers, and each page's result.
/// </summary>
public sealed record AccessibilityResults(
    DateOnly TestedOn,
    string Browser,
    IReadOnlyList<string> Checkers,
    IReadOnlyList<PageResult> Pages)
{
    /// <summary>Where the file sits, relative to the app's content root.</summary>
    public const string FileName = "Features/Portal/Accessibility/test-results.json";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [JsonIgnore]
    public bool AllPassed => Pages.All(p => p.Passed);

    /// <summary>Everything but the date: a run that finds the same is not a new result.</summary>
    public bool SameFindings(AccessibilityResults other) =>
        other is not null
        && Browser == other.Browser
        && Checkers.SequenceEqual(other.Checkers)
        && Pages.SequenceEqual(other.Pages);
}

/// <summary>One page: its address and title, axe violations (WCAG 2.2 A/AA rules) and Nu HTML Checker errors.</summary>
public sealed record PageResult(string Path, string Title, int AxeViolations, int HtmlErrors)
{
    [JsonIgnore]
    public bool Passed => AxeViolations == 0 && HtmlErrors == 0;
}
