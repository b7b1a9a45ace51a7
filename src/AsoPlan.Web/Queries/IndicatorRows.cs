using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Models.Portal;

namespace AsoPlan.Web.Queries;

/// <summary>Turns indicators and their approved actuals into rows, applying the Core rules for targets and 達成度.</summary>
public sealed class IndicatorRows(AchievementCalculator calculator)
{
    public IndicatorRow Build(Indicator indicator, IEnumerable<YearValue> approved, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var target = TargetResolver.Resolve(indicator);
        var goal = target is null ? null : IndicatorGoal.For(indicator);
        var byYear = approved.ToDictionary(v => v.FiscalYear, v => v.Value);
        var actuals = years
            .Select(year => byYear.TryGetValue(year, out var value) && indicator.IsActiveIn(year)
                ? new YearActual(year, value, Evaluate(goal, year, value))
                : new YearActual(year, null, null))
            .ToList();

        return new IndicatorRow(
            indicator.Code,
            indicator.RowName,
            indicator.Name,
            indicator.Unit,
            indicator.Decimals,
            indicator.Direction,
            indicator.DirectionReason,
            indicator.Footnote,
            indicator.BaselineValue is null ? null : indicator.BaselineFiscalYear,
            indicator.BaselineValue,
            indicator.BaselineText,
            indicator.BaselineNote,
            indicator.TargetFiscalYear,
            target,
            indicator.TargetRelativePercent,
            indicator.TargetText,
            actuals,
            goal,
            indicator.RetiredFromFiscalYear);
    }

    /// <summary>No 達成度 without a resolvable target, or for a year not after the baseline year.</summary>
    private Achievement? Evaluate(IndicatorGoal? goal, int year, decimal value) =>
        goal is null || (goal.BaselineFiscalYear is { } baseYear && year <= baseYear) ? null : calculator.Evaluate(goal, year, value);
}
