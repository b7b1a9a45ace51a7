using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Records;

/// <summary>The fiscal years staff enter actuals for: the current plan period's years (後期基本計画 R3–R6).</summary>
public sealed class EntryYears(AsoPlanDbContext db)
{
    private IReadOnlyList<int>? years;

    public async Task<IReadOnlyList<int>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (years is null)
        {
            var period = await db.PlanPeriods.AsNoTracking()
                .Where(p => p.IsCurrent)
                .Select(p => new { p.StartFiscalYear, p.EndFiscalYear })
                .FirstOrDefaultAsync(cancellationToken);
            years = period is null ? [] : [.. Enumerable.Range(period.StartFiscalYear, period.EndFiscalYear - period.StartFiscalYear + 1)];
        }

        return years;
    }

    public async Task<bool> ContainsAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).Contains(fiscalYear);
}
