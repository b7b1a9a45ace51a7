using AsoPlan.Data;
using AsoPlan.Web.Features.Portal;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>Every indicator series with its approved actuals, in measure and table order.</summary>
public sealed class OpenDataQuery(AsoPlanDbContext db, ApprovedActuals approved, IndicatorRows rows)
{
    /// <summary>The series of one period; its years are the period's reporting years.</summary>
    public async Task<(IReadOnlyList<int> Years, IReadOnlyList<IndicatorSeries> Series)> IndicatorsAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == period.Id)
            .Select(m => new { m.Id, m.Number, m.Title, PolicyNumber = m.Policy!.Number, Section = m.OwnerSection!.Name })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Measure!.Policy!.PlanPeriodId == period.Id).Include(i => i.YearTargets).ToListAsync(cancellationToken);
        var actuals = await approved.ByIndicatorAsync(null, cancellationToken);
        var years = period.Years;

        var series = indicators
            .Select(i => (Measure: measures[i.MeasureId], Indicator: i))
            .OrderBy(x => x.Measure.Number).ThenBy(x => x.Indicator.SortOrder).ThenBy(x => x.Indicator.Code, StringComparer.Ordinal)
            .Select(x => new IndicatorSeries(x.Measure.Number, x.Measure.Title, x.Measure.PolicyNumber, x.Measure.Section, rows.Build(x.Indicator, actuals[x.Indicator.Id], years)))
            .ToList();
        return (years, series);
    }
}
