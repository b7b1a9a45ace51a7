using System.Runtime.CompilerServices;
using AsoPlan.Core.Budget;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Publication;
using AsoPlan.Core.Voice;
using AsoPlan.Core.Workflow;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// Evicts cached public pages once a commit changes what they show, whichever service made it, by what each
/// entity type declares in <see cref="PublicCacheDeclarations"/>: a record that is or was approved (approval,
/// reopening, a correction) and its publication evict its measure, its policy, the summary pages and open
/// data; a target-year record's approval or reopening, which may finish or reopen its period, and any change to the
/// plan itself (import, editing, closing a period) evict every page; private entities evict nothing.
/// Runs after SaveChanges succeeded, so the next request reads the committed data.
/// One instance serves every (pooled) context: what a save collected is kept per context instance and
/// dropped when that save ends, however it ends, so a context returned to the pool carries nothing over.
/// </summary>
public sealed class PublicCacheEviction(IOutputCacheStore store) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changes = new Pending();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                Note(entry, changes);
            }
        }

        pending.AddOrUpdate(context, changes);
    }

    private static void Note(EntityEntry entry, Pending changes)
    {
        switch (PublicCacheDeclarations.For(entry.Metadata.ClrType))
        {
            case PublicCacheEffect.WholePlan:
                changes.Everything = true;
                break;
            case PublicCacheEffect.PublishedMeasure when PublishedMeasureId(entry) is { } measureId:
                changes.MeasureIds.Add(measureId);
                if (entry.Entity is PdcaRecord record)
                {
                    changes.RecordYears.Add((measureId, record.FiscalYear));
                }

                break;
            case PublicCacheEffect.PublishedOpinion when entry.Entity is Opinion opinion && WasOrIsPublished(entry, opinion):
                changes.MeasureIds.Add(opinion.MeasureId);
                break;
            case PublicCacheEffect.PublishedMeasure when entry.Entity is PublishedValue or PublishedProject:
                // A published value whose publication is not in this save: its measure is unknown here.
                changes.Everything = true;
                break;
        }
    }

    /// <summary>The measure whose public pages a change to a published entity touches, or null when none.</summary>
    private static int? PublishedMeasureId(EntityEntry entry) => entry.Entity switch
    {
        // A record matters only while it is or was approved: drafts and submissions are never public.
        PdcaRecord record when WasOrIsApproved(entry, record) => record.MeasureId,
        Publication publication => publication.MeasureId,
        CommitteeFinding finding when WasOrIsPublished(entry, finding) => finding.MeasureId,
        PublishedValue value => (value.Publication ?? entry.Context.ChangeTracker.Entries<Publication>()
            .Select(p => p.Entity).FirstOrDefault(p => p.Id == value.PublicationId))?.MeasureId,
        PublishedProject project => (project.Publication ?? entry.Context.ChangeTracker.Entries<Publication>()
            .Select(p => p.Entity).FirstOrDefault(p => p.Id == project.PublicationId))?.MeasureId,

        // Actual values and project years change only together with their record (the workflow forbids editing an
        // approved record's values), so the record decides for them.
        _ => null,
    };

    private static bool WasOrIsApproved(EntityEntry entry, PdcaRecord record)
    {
        var before = entry.State == EntityState.Added ? null : (RecordState?)entry.Property(nameof(PdcaRecord.State)).OriginalValue;
        return before == RecordState.Approved || (entry.State != EntityState.Deleted && record.State == RecordState.Approved);
    }

    private static bool WasOrIsPublished(EntityEntry entry, CommitteeFinding finding)
    {
        var before = entry.State == EntityState.Added ? null : (CommitteeFindingState?)entry.Property(nameof(CommitteeFinding.State)).OriginalValue;
        return before == CommitteeFindingState.Published || (entry.State != EntityState.Deleted && finding.State == CommitteeFindingState.Published);
    }

    private static bool WasOrIsPublished(EntityEntry entry, Opinion opinion)
    {
        var before = entry.State == EntityState.Added ? null : (OpinionState?)entry.Property(nameof(Opinion.State)).OriginalValue;
        return (before is { } was && OpinionWorkflow.IsPublic(was)) || (entry.State != EntityState.Deleted && OpinionWorkflow.IsPublic(opinion.State));
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !pending.TryGetValue(context, out var changes))
        {
            return;
        }

        pending.Remove(context);
        if (changes.Everything)
        {
            await store.EvictByTagAsync(PublicPageCache.AllTag, cancellationToken);
            return;
        }

        if (changes.MeasureIds.Count == 0)
        {
            return;
        }

        var ids = changes.MeasureIds.ToList();
        var measures = await context.Set<Measure>().AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Number, PolicyNumber = m.Policy!.Number, m.Policy.PlanPeriod!.EndFiscalYear })
            .ToListAsync(cancellationToken);
        if (changes.RecordYears.Any(r => measures.Any(m => m.Id == r.MeasureId && m.EndFiscalYear == r.FiscalYear)))
        {
            // A target-year record approved (or reopened) may finish (or unfinish) its period, which every public page
            // of the period says: more than needed when it does not, never less.
            await store.EvictByTagAsync(PublicPageCache.AllTag, cancellationToken);
            return;
        }

        foreach (var measure in measures)
        {
            await store.EvictByTagAsync(PublicPageCache.MeasureTag(measure.Number), cancellationToken);
            await store.EvictByTagAsync(PublicPageCache.PolicyTag(measure.PolicyNumber), cancellationToken);
        }

        await store.EvictByTagAsync(PublicPageCache.PlanTag, cancellationToken);
        await store.EvictByTagAsync(PublicPageCache.OpenDataTag, cancellationToken);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    private sealed class Pending
    {
        public HashSet<int> MeasureIds { get; } = [];

        /// <summary>The (measure, fiscal year) of each record that is or was approved.</summary>
        public HashSet<(int MeasureId, int FiscalYear)> RecordYears { get; } = [];

        public bool Everything { get; set; }
    }
}
