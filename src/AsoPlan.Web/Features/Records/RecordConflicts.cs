using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Formatting;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Records;

/// <summary>Describes a conflict: what is stored now, who stored it, and (for the staff form) what was posted.</summary>
public sealed class RecordConflicts(AsoPlanDbContext db)
{
    /// <summary>
    /// The stored record beside the posted entry. The returned form keeps the posted input but carries the
    /// stored version, so saving it again overwrites on purpose, having seen what is there.
    /// </summary>
    public async Task<RecordCommandResult> ForEntryAsync(RecordResource resource, RecordForm posted, RecordEntry entry, IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(indicators);
        var stored = await StoredAsync(resource, cancellationToken);
        var rows = new List<ConflictRow>();
        foreach (var (indicator, mine) in indicators.Zip(entry.Values))
        {
            var theirs = stored?.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id);
            rows.Add(new ConflictRow($"実績値: {indicator.Name}", EntryFormat.Describe(theirs?.Value, theirs?.NotAvailableReason, indicator), EntryFormat.Describe(mine.Value, mine.NotAvailableReason, indicator)));
            if (theirs?.MeasurementNote is not null || mine.MeasurementNote is not null)
            {
                rows.Add(new ConflictRow($"測定方法の補足: {indicator.Name}", theirs?.MeasurementNote, mine.MeasurementNote));
            }
        }

        rows.Add(new ConflictRow("取組実績（Do）", stored?.DoText, entry.DoText));
        rows.Add(new ConflictRow("自己評価（Check）", stored?.SelfRating, entry.SelfRating));
        rows.Add(new ConflictRow("自己評価の理由", stored?.SelfRatingReason, entry.SelfRatingReason));
        rows.Add(new ConflictRow("改善・今後の方向性（Action）", stored?.ActionText, entry.ActionText));
        foreach (var mine in entry.Projects)
        {
            var theirs = stored?.Projects.FirstOrDefault(p => p.ProjectId == mine.ProjectId);
            rows.Add(new ConflictRow($"事務事業: {mine.ProjectName}", ProjectText.Describe(theirs is null ? null : ProjectForms.Entry(theirs, mine.ProjectName)), ProjectText.Describe(mine)));
        }

        var form = RecordFormReading.Normalize(posted, indicators);
        form.Projects = posted.Projects;
        form.Version = stored?.Version.ToString();
        return RecordCommandResult.Conflicted(form, await DescribeAsync(resource, stored, rows, cancellationToken));
    }

    /// <summary>A review decided on a page older than the record: the reviewer is shown the current record instead.</summary>
    public async Task<RecordCommandResult> ForReviewAsync(RecordResource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var stored = await StoredAsync(resource, cancellationToken);
        return RecordCommandResult.Conflicted(null, await DescribeAsync(resource, stored, [], cancellationToken));
    }

    private Task<PdcaRecord?> StoredAsync(RecordResource resource, CancellationToken cancellationToken) =>
        db.PdcaRecords.AsNoTracking().Include(r => r.Values)
            .SingleOrDefaultAsync(r => r.MeasureId == resource.MeasureId && r.FiscalYear == resource.FiscalYear, cancellationToken);

    private async Task<RecordConflict> DescribeAsync(RecordResource resource, PdcaRecord? stored, IReadOnlyList<ConflictRow> rows, CancellationToken cancellationToken)
    {
        var key = RecordAuditKey.Of(resource.MeasureNumber, resource.FiscalYear);
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == RecordAuditKey.EntityType && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Actor, a.At })
            .FirstOrDefaultAsync(cancellationToken);
        return new RecordConflict(last?.Actor, last?.At ?? stored?.UpdatedAt, stored?.State.Japanese() ?? ((RecordState?)null).Japanese(), rows);
    }
}
