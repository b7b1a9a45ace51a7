using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// What a resubmission changed: each field as it stood when the record was last returned (or reopened for correction)
/// against the record now, read from the audit trail's snapshot of that return.
/// </summary>
public sealed class ResubmissionChangesQuery(AsoPlanDbContext db, RecordPages pages)
{
    private static readonly string[] SentBack = [RecordActions.Return, RecordActions.Reopen];

    /// <summary>The comparison for a submitted record that was sent back before; null for a first submission or another state.</summary>
    public async Task<ResubmissionChanges?> LoadAsync(RecordResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.State != RecordState.Submitted)
        {
            return null;
        }

        var key = RecordAuditKey.Of(resource.MeasureNumber, resource.FiscalYear);
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == RecordAuditKey.EntityType && a.EntityKey == key && SentBack.Contains(a.Action))
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.At, a.Actor, a.Action, a.After })
            .FirstOrDefaultAsync(cancellationToken);
        var record = await db.PdcaRecords.AsNoTracking().Include(r => r.Values)
            .SingleOrDefaultAsync(r => r.MeasureId == resource.MeasureId && r.FiscalYear == resource.FiscalYear, cancellationToken);
        if (last is null || record is null)
        {
            return null;
        }

        var indicators = await pages.IndicatorsAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        var then = RecordFields.Of(last.After, indicators);
        var now = RecordFields.Of(RecordSnapshot.Of(record, indicators), indicators);
        return new ResubmissionChanges(last.At, last.Actor, last.Action == RecordActions.Reopen, Compare(then, now));
    }

    /// <summary>Every field filled in at either time, changed ones first, each group in the form's order.</summary>
    public static IReadOnlyList<FieldChange> Compare(IReadOnlyDictionary<string, string?> then, IReadOnlyDictionary<string, string?> now)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        return [.. now.Keys.Union(then.Keys)
            .Where(label => label is not RecordFields.State and not RecordFields.ReviewComment && !label.StartsWith("訂正の", StringComparison.Ordinal))
            .Select(label => new FieldChange(label, then.GetValueOrDefault(label), now.GetValueOrDefault(label)))
            .Where(c => !string.IsNullOrEmpty(c.AtReturn) || !string.IsNullOrEmpty(c.Now))
            .OrderByDescending(c => c.Changed)];
    }
}
