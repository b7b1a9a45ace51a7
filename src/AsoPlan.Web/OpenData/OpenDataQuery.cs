using AsoPlan.Data;
using AsoPlan.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.OpenData;

/// <summary>Every indicator series with its approved actuals, in measure and table order.</summary>
public sealed class OpenDataQuery(AsoPlanDbContext db, ApprovedActuals approved, ReportingYears reportingYears, IndicatorRows rows)
{
    public async Task<(IReadOnlyList<int> Years, IReadOnlyList<IndicatorSeries> Series)> IndicatorsAsync(CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking()
            .Select(m => new { m.Id, m.Number, m.Title, PolicyNumber = m.Policy!.Number, Section = m.OwnerSection!.Name })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.YearTargets).ToListAsync(cancellationToken);
        var actuals = await approved.ByIndicatorAsync(null, cancellationToken);
        var years = await reportingYears.CurrentAsync(cancellationToken);

        var series = indicators
            .Select(i => (Measure: measures[i.MeasureId], Indicator: i))
            .OrderBy(x => x.Measure.Number).ThenBy(x => x.Indicator.SortOrder).ThenBy(x => x.Indicator.Code, StringComparer.Ordinal)
            .Select(x => new IndicatorSeries(x.Measure.Number, x.Measure.Title, x.Measure.PolicyNumber, x.Measure.Section, rows.Build(x.Indicator, actuals[x.Indicator.Id], years)))
            .ToList();
        return (years, series);
    }
}
