using AsoPlan.Core.Periods;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Shared.Periods;

/// <summary>Finds the period a public request asks for among all plan periods.</summary>
public sealed class PortalPeriods(AsoPlanDbContext db)
{
    private static readonly Func<AsoPlanDbContext, IAsyncEnumerable<PortalPeriod>> All =
        EF.CompileAsyncQuery((AsoPlanDbContext db) => db.PlanPeriods.AsNoTracking()
            .OrderBy(p => p.StartFiscalYear).ThenBy(p => p.Id)
            .Select(p => new PortalPeriod(p.Id, p.PlanId, p.Plan!.Name, p.Code, p.Name, p.StartFiscalYear, p.EndFiscalYear, p.BaselineFiscalYear, p.IsCurrent)
            {
                Closure = new PeriodClosure(p.ClosedAt, p.ReopenedAt),
            }));

    /// <summary>
    /// The period named by <paramref name="code"/>, or the default one when no code is given: the current
    /// period (the latest one should none be marked). Null when the code names no period, or no plan is loaded.
    /// </summary>
    public async Task<PeriodChoice?> ChooseAsync(string? code, CancellationToken cancellationToken)
    {
        var allApproved = await ClosedPeriods.TargetYearAllApproved(db).ToListAsync(cancellationToken);
        var periods = new List<PortalPeriod>();
        await foreach (var period in All(db).WithCancellation(cancellationToken))
        {
            periods.Add(period with { IsClosed = PeriodClosing.IsClosed(period.Closure, allApproved.Contains(period.Id)) });
        }

        var selected = string.IsNullOrEmpty(code)
            ? periods.OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.StartFiscalYear).FirstOrDefault()
            : periods.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal));
        return selected is null ? null : new PeriodChoice(selected, periods);
    }
}
