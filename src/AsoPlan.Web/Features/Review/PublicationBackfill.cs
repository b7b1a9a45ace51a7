using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// A database from before published evaluations existed has approved records without a publication: each gets
/// its first one at start, evaluated with the goals in force then (the best that can be known), dated with its
/// approval. Runs once per such record; later starts find nothing to do.
/// </summary>
public static class PublicationBackfill
{
    public static async Task PublishApprovedRecordsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<EvaluationPublisher>();
        var pages = scope.ServiceProvider.GetRequiredService<RecordPages>();
        var records = await db.PdcaRecords.Include(r => r.Values)
            .Where(r => r.State == RecordState.Approved && !db.Publications.Any(p => p.PdcaRecordId == r.Id))
            .ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            var indicators = await pages.IndicatorsAsync(record.MeasureId, record.FiscalYear, cancellationToken);
            await publisher.StageAsync(record, indicators, record.ApprovedAt ?? record.UpdatedAt, cancellationToken);
        }

        if (records.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
