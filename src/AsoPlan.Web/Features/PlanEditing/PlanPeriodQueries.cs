using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.PlanEditing;

public sealed class PlanPeriodQueries(AsoPlanDbContext db)
{
    public async Task<IReadOnlyList<PlanPeriodRow>> ListAsync() =>
        await db.PlanPeriods.AsNoTracking()
            .OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.StartFiscalYear)
            .Select(p => new PlanPeriodRow(
                p.Plan!.Name,
                p.Code,
                p.Name,
                p.StartFiscalYear,
                p.EndFiscalYear,
                p.IsCurrent,
                p.Policies.SelectMany(x => x.Measures).Count(),
                p.Policies.SelectMany(x => x.Measures).SelectMany(m => m.Indicators).Count()))
            .ToListAsync();
}
