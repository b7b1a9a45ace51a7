using AsoPlan.Core.Periods;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.PlanEditing;

public sealed class PlanPeriodQueries(AsoPlanDbContext db)
{
    public async Task<IReadOnlyList<PlanPeriodRow>> ListAsync()
    {
        var allApproved = await ClosedPeriods.TargetYearAllApproved(db).ToListAsync();
        var periods = await db.PlanPeriods.AsNoTracking()
            .OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.StartFiscalYear)
            .Select(p => new
            {
                Row = new PlanPeriodRow(
                    p.Plan!.Name,
                    p.Code,
                    p.Name,
                    p.StartFiscalYear,
                    p.EndFiscalYear,
                    p.IsCurrent,
                    p.Policies.SelectMany(x => x.Measures).Count(),
                    p.Policies.SelectMany(x => x.Measures).SelectMany(m => m.Indicators).Count()),
                p.Id,
                p.ClosedAt,
                p.ReopenedAt,
            })
            .ToListAsync();
        return [.. periods.Select(p => p.Row with { IsClosed = PeriodClosing.IsClosed(new PeriodClosure(p.ClosedAt, p.ReopenedAt), allApproved.Contains(p.Id)) })];
    }
}
