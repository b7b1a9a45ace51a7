using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Records;

/// <summary>Finds the record a request is about, as authorization needs it; null means there is no such page (404).</summary>
public sealed class RecordResources(AsoPlanDbContext db, EntryYears years)
{
    public async Task<RecordResource?> FindAsync(int measureNumber, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (!await years.ContainsAsync(fiscalYear, cancellationToken))
        {
            return null;
        }

        var measure = await db.Measures.AsNoTracking()
            // Records are entered for the current period's measures only (an older period's measure keeps its number).
            .Where(m => m.Number == measureNumber && m.Policy!.PlanPeriod!.IsCurrent)
            .Select(m => new { m.Id, m.OwnerSectionId })
            .SingleOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }

        var record = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.MeasureId == measure.Id && r.FiscalYear == fiscalYear)
            .Select(r => new { r.State, Correcting = r.CorrectionReason != null, Requested = r.CorrectionRequest != null })
            .SingleOrDefaultAsync(cancellationToken);
        var state = record?.State;
        var open = await db.EntryWindows.AsNoTracking().AnyAsync(w => w.FiscalYear == fiscalYear && w.IsOpen, cancellationToken);
        var key = RecordAuditKey.Of(measureNumber, fiscalYear);
        var history = state is null
            ? []
            : await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == RecordAuditKey.EntityType && a.EntityKey == key)
                .OrderBy(a => a.Id)
                .Select(a => new { a.Action, a.Actor })
                .ToListAsync(cancellationToken);
        return new RecordResource(measure.Id, measureNumber, measure.OwnerSectionId, fiscalYear, state, open)
        {
            Correcting = record?.Correcting == true,
            CorrectionRequested = record?.Requested == true,
            Editors = SeparationOfDuties.Editors(history.Select(h => (h.Action, h.Actor))),
        };
    }
}
