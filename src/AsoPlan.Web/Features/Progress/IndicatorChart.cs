using System.Text.Json;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Features.Portal;
using AsoPlan.Web.Features.Review;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Progress;

/// <summary>
/// The numbers behind an indicator's small chart on its measure page: baseline → approved actuals → target,
/// with the straight path the plan expects. The same points feed the chart (as JSON in a data attribute,
/// read by wwwroot/js/indicator-charts.js) and the table beside it, so the two cannot disagree.
/// </summary>
public sealed record IndicatorChart(string Code, string Name, string Unit, int Decimals, IReadOnlyList<ChartPoint> Points, string PathLabel)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Null when the indicator has nothing to draw (no resolvable target).</summary>
    public static IndicatorChart? For(IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.TargetValue is not { } target)
        {
            return null;
        }

        var first = row.BaselineFiscalYear ?? row.Actuals.Select(a => a.FiscalYear).DefaultIfEmpty(row.TargetFiscalYear).Min();
        var threshold = row.Direction is IndicatorDirection.AtLeast or IndicatorDirection.AtMost;
        var span = row.TargetFiscalYear - first;
        var points = Enumerable.Range(first, span + 1).Select(year =>
        {
            decimal? path = threshold ? row.Goal?.TargetFor(year) ?? target
                : row.BaselineValue is { } b && span > 0 ? PathValue(row, b, target, first, span, year)
                : year == row.TargetFiscalYear ? target
                : row.YearTargets.Where(t => t.FiscalYear == year).Select(t => (decimal?)t.Value).FirstOrDefault();
            var entry = year == row.BaselineFiscalYear ? null : row.Actuals.FirstOrDefault(a => a.FiscalYear == year);
            var actual = year == row.BaselineFiscalYear ? row.BaselineValue : entry?.Value;
            return new ChartPoint(year, actual, path, year == row.BaselineFiscalYear, year == row.TargetFiscalYear)
            {
                Achievement = entry?.Achievement,
                IsPreliminary = entry?.IsPreliminary == true,
            };
        }).ToList();
        var pathLabel = row.Direction switch
        {
            IndicatorDirection.AtLeast => "目標（この値以上を維持）",
            IndicatorDirection.AtMost => "目標（この値以下を維持）",
            _ => row.BaselineValue is null ? "目標値" : row.YearTargets.Count > 0 ? "年度別目標値を通る想定" : "基準値から目標値への想定",
        };
        return new IndicatorChart(row.Code, row.Name, row.Unit, row.Decimals, points, pathLabel);
    }

    /// <summary>What the script draws: year labels, the actual series (baseline first) and the path, as plain numbers.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new
        {
            unit = Unit,
            decimals = Decimals,
            labels = Points.Select(p => new FiscalYear(p.FiscalYear).ToShortLabel()),
            actual = Points.Select(p => p.Actual),
            path = Points.Select(p => p.Path),
            actualLabel = "実績（基準値と承認済みの値）",
            notes = Points.Select(p => p.ChartNote),
            worse = Points.Select(p => p.Achievement?.WorseThanBaseline == true),
            pathLabel = PathLabel,
        },
        Json);

    /// <summary>The straight line, or Core's path through the per-year targets where the plan sets them.</summary>
    private static decimal PathValue(IndicatorRow row, decimal baseline, decimal target, int first, int span, int year) =>
        row.Goal is { HasYearTargets: true } goal && year > first
            ? AchievementCalculator.ExpectedValue(goal, year) ?? target
            : baseline + ((target - baseline) * (year - first) / span);

    public string Format(decimal? value) => value is { } v ? ValueFormat.WithUnit(v, Decimals, Unit) : "―";
}

/// <summary>A fiscal year of the chart: the actual (the baseline in the baseline year), the path's value, and the actual's evaluation.</summary>
public sealed record ChartPoint(int FiscalYear, decimal? Actual, decimal? Path, bool IsBaseline, bool IsTarget)
{
    public Achievement? Achievement { get; init; }

    /// <summary>The actual is a 速報値 (the table says so beside the number, the chart's tooltip in <see cref="ChartNote"/>).</summary>
    public bool IsPreliminary { get; init; }

    /// <summary>The evaluation in words, e.g. 「A 順調・基準値より悪化」; null where there is none.</summary>
    public string? Note => Achievement is { } a ? a.Label + (a.WorseThanBaseline ? "・" + EvaluationLabels.WorseThanBaseline : string.Empty) : null;

    /// <summary>The chart's tooltip: the note, after 「速報値」 where the value is one.</summary>
    public string? ChartNote => IsPreliminary ? "速報値" + (Note is { } note ? "・" + note : string.Empty) : Note;
}
