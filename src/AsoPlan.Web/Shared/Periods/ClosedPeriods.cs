using AsoPlan.Core.Periods;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Shared.Periods;

/// <summary>Which plan periods are finished (<see cref="PeriodClosing"/>): read once for the public pages and the planning office alike.</summary>
public static class ClosedPeriods
{
    /// <summary>The periods each of whose measures has its record for the period's last year approved.</summary>
    public static IQueryable<int> TargetYearAllApproved(AsoPlanDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PlanPeriods
            .Where(p => db.Measures.Any(m => m.Policy!.PlanPeriodId == p.Id)
                && !db.Measures.Any(m => m.Policy!.PlanPeriodId == p.Id
                    && !db.PdcaRecords.Any(r => r.MeasureId == m.Id && r.FiscalYear == p.EndFiscalYear && r.State == RecordState.Approved)))
            .Select(p => p.Id);
    }
}
