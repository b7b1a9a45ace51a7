using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Queries;

/// <summary>The fiscal years of the current plan period whose actuals are reported (R3–R6).</summary>
public sealed class ReportingYears(AsoPlanDbContext db)
{
    public async Task<IReadOnlyList<int>> CurrentAsync(CancellationToken cancellationToken)
    {
        var period = await PortalQueries.CurrentPeriod(db, cancellationToken);
        return period is null ? [] : Enumerable.Range(period.StartFiscalYear, period.EndFiscalYear - period.StartFiscalYear + 1).ToList();
    }
}
