using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AsoPlan.Web.Features.Records;

/// <summary>One refused field of the entry form as the summary above the form names it, with a link to the field.</summary>
public sealed record FieldErrorLink(string Href, string Field, string Message);

/// <summary>
/// The entry form's refused fields in the order of the form, each named in words (the indicator's name and which of
/// its inputs) and linked to the input's id, so the summary leads to the field to correct (WCAG 3.3.1).
/// </summary>
public static partial class RecordErrorSummary
{
    private static readonly string[] Order = ["Values", "DoText", "SelfRating", "SelfRatingReason", "ActionText", "Projects"];

    public static IReadOnlyList<FieldErrorLink> Of(ModelStateDictionary state, IReadOnlyList<IndicatorLine> indicators, IReadOnlyList<string>? projectNames = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(indicators);
        projectNames ??= [];
        return [.. state
            .Where(e => e.Key.StartsWith("Form.", StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 })
            .Select(e => (Key: e.Key["Form.".Length..], Message: e.Value!.Errors[0].ErrorMessage))
            .OrderBy(e => Position(e.Key))
            .Select(e => new FieldErrorLink("#" + InputId(e.Key), Name(e.Key, indicators, projectNames), e.Message))];
    }

    /// <summary>The id the form gives the input (the tag helpers' sanitised name; a rating links to its first choice).</summary>
    private static string InputId(string key) =>
        key == "SelfRating" ? "Form_SelfRating_A" : "Form_" + Sanitize().Replace(key, "_");

    private static string Name(string key, IReadOnlyList<IndicatorLine> indicators, IReadOnlyList<string> projectNames)
    {
        if (ProjectKey().Match(key) is { Success: true } project)
        {
            var index = int.Parse(project.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var name = index < projectNames.Count ? projectNames[index] : $"事務事業{index + 1}";
            return $"事務事業「{name}」（{AsoPlan.Core.Budget.ProjectFields.Label(project.Groups["field"].Value)}）";
        }

        if (ValueKey().Match(key) is { Success: true } value)
        {
            var index = int.Parse(value.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var indicator = index < indicators.Count ? indicators[index].Name : $"指標{index + 1}";
            return $"{indicator}（{FieldLabel(value.Groups["field"].Value)}）";
        }

        return FieldLabel(key);
    }

    private static string FieldLabel(string field) => field switch
    {
        "Value" => "実績値",
        "NotAvailable" => "未確定",
        "NotAvailableReason" => "未確定の理由",
        "MeasurementNote" => "測定方法の補足",
        "Preliminary" => "速報値",
        "DoText" => "取組実績（Do）",
        "SelfRating" => "自己評価（Check）",
        "SelfRatingReason" => "自己評価の理由",
        "ActionText" => "改善・今後の方向性（Action）",
        _ => field,
    };

    private static (int, int) Position(string key)
    {
        var root = key.Split('[', '.')[0];
        var match = ValueKey().Match(key) is { Success: true } v ? v : ProjectKey().Match(key);
        var index = match.Success ? int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) * 100 : 0;
        var field = match.Success && root == "Projects" ? AsoPlan.Core.Budget.ProjectFields.All.ToList().IndexOf(match.Groups["field"].Value) : 0;
        var order = Array.IndexOf(Order, root);
        return (order < 0 ? Order.Length : order, index + field);
    }

    [GeneratedRegex(@"^Values\[(?<index>[0-9]+)\]\.(?<field>\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ValueKey();

    [GeneratedRegex(@"^Projects\[(?<index>[0-9]+)\]\.(?<field>\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectKey();

    [GeneratedRegex(@"[^A-Za-z0-9_-]", RegexOptions.CultureInvariant)]
    private static partial Regex Sanitize();
}
