using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Queries;

/// <summary>
/// The only door through which actual values reach public pages and open data: values of approved
/// records only. Drafts, submissions and returned records are never read here.
/// </summary>
public sealed class ApprovedActuals(AsoPlanDbContext db)
{
    /// <summary>Approved actual values by indicator id, for the given measures (all measures when null).</summary>
    public async Task<ILookup<int, YearValue>> ByIndicatorAsync(int? measureId, CancellationToken cancellationToken)
    {
        var rows = await PortalQueries.ApprovedValues(db, measureId).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.IndicatorId, r => new YearValue(r.FiscalYear, r.Value));
    }
}
