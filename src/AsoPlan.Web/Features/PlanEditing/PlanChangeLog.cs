using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Plan;
using AsoPlan.Data;
using AsoPlan.Data.Audit;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>
/// Writes one plan change twice, into the same SaveChanges as the change itself: the audit row (who,
/// before, after, reason) and the public revision notes (what, in which fiscal year, why).
/// </summary>
public sealed class PlanChangeLog(AsoPlanDbContext db, AuditTrail audit, TimeProvider clock)
{
    // Japan has no daylight saving; the fiscal year of a change is the one in Japan at that moment.
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public void Record(PlanChange change, string actor, object? before, object? after, IEnumerable<PlanChangeNote> notes)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(notes);
        audit.Record(actor, change.Action, change.EntityType, change.EntityKey, before, after);
        var now = clock.GetUtcNow();
        var fiscalYear = FiscalYear.Containing(DateOnly.FromDateTime(now.ToOffset(JapanOffset).DateTime)).Year;
        foreach (var note in notes)
        {
            db.RevisionNotes.Add(new RevisionNote
            {
                PolicyId = change.PolicyId,
                MeasureId = change.MeasureId,
                IndicatorCode = change.IndicatorCode,
                ChangedAt = now.UtcDateTime,
                FiscalYear = fiscalYear,
                Summary = note.Summary,
                Detail = note.Detail,
                Reason = change.Reason,
            });
        }
    }
}

/// <summary>Which audit action on which thing, where its notes hang, and the reason given.</summary>
public sealed record PlanChange(string Action, string EntityType, string EntityKey, int PolicyId, int? MeasureId, string? IndicatorCode, string Reason);

/// <summary>One public line: what was done (目標値を変更) and what it concerned.</summary>
public sealed record PlanChangeNote(string Summary, string? Detail);
