using AsoPlan.Core.Budget;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Publication;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// Writes what an approval publishes (<see cref="Publishing"/>): the record's values with their evaluations as of
/// the approval, a new revision that becomes the current one, and for a correction its dated public notes. Staged
/// in the context, so the approval, its audit row and its publication commit together.
/// </summary>
public sealed class EvaluationPublisher(AsoPlanDbContext db, AchievementCalculator calculator)
{
    /// <summary>Stages the publication of <paramref name="record"/> (tracked, with its values) as approved at <paramref name="now"/>.</summary>
    public async Task<Publication> StageAsync(PdcaRecord record, IReadOnlyList<Indicator> indicators, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var previous = await db.Publications.Include(p => p.Values)
            .SingleOrDefaultAsync(p => p.PdcaRecordId == record.Id && p.IsCurrent, cancellationToken);
        var publication = Build(record, indicators, previous, now);
        await AddProjectsAsync(publication, record, cancellationToken);
        if (previous is not null)
        {
            previous.IsCurrent = false;
        }

        db.Publications.Add(publication);
        return publication;
    }

    /// <summary>What approving <paramref name="record"/> now would publish, without staging anything (the confirmation page).</summary>
    public async Task<Publication> PreviewAsync(PdcaRecord record, IReadOnlyList<Indicator> indicators, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var previous = await db.Publications.AsNoTracking().Include(p => p.Values)
            .SingleOrDefaultAsync(p => p.PdcaRecordId == record.Id && p.IsCurrent, cancellationToken);
        var publication = Build(record, indicators, previous, now);
        await AddProjectsAsync(publication, record, cancellationToken);
        return publication;
    }

    /// <summary>The projects' years as entered, costed with the year's 単価 as it is at the approval.</summary>
    private async Task AddProjectsAsync(Publication publication, PdcaRecord record, CancellationToken cancellationToken)
    {
        var unitCost = await Records.RecordPages.UnitCostAsync(db, record.FiscalYear, cancellationToken);
        publication.Projects = [.. record.Projects.Select(p => PublishedProject.Of(p, unitCost))];
    }

    private Publication Build(PdcaRecord record, IReadOnlyList<Indicator> indicators, Publication? previous, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var entries = indicators.Select(i =>
        {
            var value = record.Values.FirstOrDefault(v => v.IndicatorId == i.Id);
            return new PublishingEntry(i.Id, i.Name, i.Unit, i.Decimals, IndicatorGoal.TryFor(i), value?.Value, value?.IsPreliminary == true, value?.NotAvailableReason);
        }).ToList();
        return Publishing.Publish(record.Id, record.MeasureId, record.FiscalYear, entries, previous, record.CorrectionReason, now, calculator);
    }
}
