using AsoPlan.Data;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

public sealed class SdgQuery(AsoPlanDbContext db)
{
    public async Task<IReadOnlyList<SdgGoalMeasures>> ListAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var rows = await db.MeasureSdgGoals.AsNoTracking()
            .Where(g => g.Measure!.Policy!.PlanPeriodId == period.Id)
            .OrderBy(g => g.Goal).ThenBy(g => g.Measure!.Number)
            .Select(g => new { g.Goal, g.Label, g.Targets, g.Measure!.Number, g.Measure.Title })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Goal)
            .Select(g => new SdgGoalMeasures(
                g.Key,
                g.First().Label,
                g.Select(r => new SdgMeasure(r.Number, r.Title, r.Targets.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList()))
            .ToList();
    }
}
