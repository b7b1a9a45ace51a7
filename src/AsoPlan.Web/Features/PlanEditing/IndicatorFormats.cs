using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>How plan edit pages and notes write an indicator's values: the unit, the indicator's decimals, wareki years.</summary>
public static class IndicatorFormats
{
    public static string Value(Indicator indicator, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return value is { } v ? ValueFormat.WithUnit(v, indicator.Decimals, indicator.Unit) : "なし";
    }

    /// <summary>The target as a number (a relative one with what it resolves to).</summary>
    public static string Target(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var resolved = TargetResolver.Resolve(indicator);
        return indicator.TargetRelativePercent is not null
            ? $"{indicator.TargetText}（{Value(indicator, resolved)}）"
            : Value(indicator, resolved);
    }

    public static string Baseline(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.BaselineValue is { } b
            ? $"{Value(indicator, b)}（{ValueFormat.Wareki(indicator.BaselineFiscalYear ?? 0)}）"
            : "基準値なし";
    }

    /// <summary>R3 106人、R4 108人; なし when none are set.</summary>
    public static string YearTargets(Indicator indicator, IEnumerable<YearValue> targets)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var list = targets.OrderBy(t => t.FiscalYear).Select(t => $"{ValueFormat.ShortLabel(t.FiscalYear)} {Value(indicator, t.Value)}").ToList();
        return list.Count == 0 ? "なし" : string.Join("、", list);
    }
}
