using AsoPlan.Core.Periods;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Periods;

/// <summary>A period's closing as it stands: whether it is finished and why (the office's reason, or its target year all approved).</summary>
public sealed record PeriodClosingState(int PeriodId, string Code, string Name, int StartFiscalYear, int EndFiscalYear, bool IsClosed, bool TargetYearAllApproved, DateTime? ClosedAt, string? ClosedReason, DateTime? ReopenedAt, string? ReopenedReason);

/// <summary>
/// Closes and reopens a plan period on the planning office's word, each with a reason and an audit row in the same save
/// (<c>period.close</c>, <c>period.reopen</c>), and tells whether a period is closed (<see cref="PeriodClosing"/>).
/// </summary>
public sealed class PeriodClosingService(AsoPlanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string EntityType = "PlanPeriod";

    public async Task<PeriodClosingState?> StateAsync(string code, CancellationToken cancellationToken = default)
    {
        var period = await db.PlanPeriods.AsNoTracking().Where(p => p.Code == code)
            .Select(p => new { p.Id, p.Code, p.Name, p.StartFiscalYear, p.EndFiscalYear, p.ClosedAt, p.ClosedReason, p.ReopenedAt, p.ReopenedReason })
            .SingleOrDefaultAsync(cancellationToken);
        if (period is null)
        {
            return null;
        }

        var allApproved = await TargetYearAllApprovedAsync(period.Id, cancellationToken);
        var closed = PeriodClosing.IsClosed(new PeriodClosure(period.ClosedAt, period.ReopenedAt), allApproved);
        return new PeriodClosingState(period.Id, period.Code, period.Name, period.StartFiscalYear, period.EndFiscalYear, closed, allApproved, period.ClosedAt, period.ClosedReason, period.ReopenedAt, period.ReopenedReason);
    }

    /// <summary>The current period's state, or null when no plan is loaded.</summary>
    public async Task<PeriodClosingState?> CurrentAsync(CancellationToken cancellationToken = default) =>
        await db.PlanPeriods.AsNoTracking().Where(p => p.IsCurrent).Select(p => p.Code).FirstOrDefaultAsync(cancellationToken) is { } code
            ? await StateAsync(code, cancellationToken)
            : null;

    /// <summary>Closes (or, with <paramref name="reopen"/>, reopens) the period; the error in Japanese when the reason is missing or the state would not change.</summary>
    public async Task<string?> SetAsync(string code, bool reopen, string? reasonInput, string actor, CancellationToken cancellationToken = default)
    {
        var reason = PeriodClosing.Reason(reasonInput, reopen);
        if (!reason.Succeeded)
        {
            return reason.Error;
        }

        var state = await StateAsync(code, cancellationToken);
        if (state is null || state.IsClosed != reopen)
        {
            return reopen ? "この計画期間は終了していません。" : "この計画期間はすでに終了しています。";
        }

        var period = await db.PlanPeriods.SingleAsync(p => p.Id == state.PeriodId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (reopen)
        {
            (period.ReopenedAt, period.ReopenedBy, period.ReopenedReason) = (now, actor, reason.Text);
        }
        else
        {
            (period.ClosedAt, period.ClosedBy, period.ClosedReason) = (now, actor, reason.Text);
        }

        audit.Record(actor, reopen ? "period.reopen" : "period.close", EntityType, code, new { Closed = state.IsClosed }, new { Closed = !reopen, Reason = reason.Text });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Every measure of the period has its record for the target year approved.</summary>
    private Task<bool> TargetYearAllApprovedAsync(int periodId, CancellationToken cancellationToken) =>
        ClosedPeriods.TargetYearAllApproved(db).ContainsAsync(periodId, cancellationToken);
}
