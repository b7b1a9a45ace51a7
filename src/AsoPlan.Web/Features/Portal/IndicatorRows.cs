using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;

namespace AsoPlan.Web.Features.Portal;

/// <summary>
/// Turns indicators and their published entries into rows: each year as it was published (value, status,
/// evaluation), and beside it the evaluation by today's goal where a later target change would judge it otherwise.
/// </summary>
public sealed class IndicatorRows(AchievementCalculator calculator)
{
    public IndicatorRow Build(Indicator indicator, IEnumerable<PublishedEntry> published, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var target = TargetResolver.Resolve(indicator);
        var goal = target is null ? null : IndicatorGoal.For(indicator);
        var byYear = published.ToDictionary(v => v.FiscalYear);
        var actuals = years
            .Select(year => byYear.TryGetValue(year, out var entry) && indicator.IsActiveIn(year)
                ? new YearActual(year, entry.Value, entry.Achievement)
                {
                    Published = true,
                    Status = entry.Status,
                    NotAvailableReason = entry.NotAvailableReason,
                    Revised = Revised(entry.Achievement, calculator.Judge(goal, year, entry.Value)),
                }
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

    /// <summary>
    /// Today's evaluation where it differs from the published one in what a reader sees (the rating, its words, the
    /// target or 基準値より悪化) — a target, per-year target, direction or band changed after publication; else null.
    /// </summary>
    private static Achievement? Revised(Achievement? published, Achievement? now) =>
        now is null || published is null ? null
        : now.Label != published.Label || now.Target != published.Target || now.WorseThanBaseline != published.WorseThanBaseline ? now
        : null;
}
