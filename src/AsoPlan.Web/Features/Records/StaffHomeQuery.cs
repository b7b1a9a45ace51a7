using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Reminders;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Records;

/// <summary>
/// The staff start page: the open years' deadlines with what is still unsubmitted, and the section's
/// measures of the current plan period × the entry years with each record's state.
/// </summary>
public sealed class StaffHomeQuery(AsoPlanDbContext db, EntryWindowService windows, TimeProvider clock)
{
    public async Task<StaffHome> LoadAsync(int? sectionId, CancellationToken cancellationToken = default)
    {
        var openWindows = await windows.ListAsync(cancellationToken);
        if (sectionId is null)
        {
            return new StaffHome(null, openWindows, []);
        }

        var section = await db.Sections.AsNoTracking().Where(s => s.Id == sectionId).Select(s => new { s.Name, s.Code }).SingleOrDefaultAsync(cancellationToken);
        var sectionName = section?.Name;
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.OwnerSectionId == sectionId && m.Policy!.PlanPeriod!.IsCurrent)
            .OrderBy(m => m.Number)
            .Select(m => new { m.Id, m.Number, m.Title })
            .ToListAsync(cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var states = await db.PdcaRecords.AsNoTracking()
            .Where(r => ids.Contains(r.MeasureId))
            .Select(r => new { r.MeasureId, r.FiscalYear, r.State })
            .ToDictionaryAsync(r => (r.MeasureId, r.FiscalYear), r => r.State, cancellationToken);
        var rows = measures.Select(m => new StaffMeasureRow(
            m.Number,
            m.Title,
            [.. openWindows.Select(w => new YearState(w.FiscalYear, states.TryGetValue((m.Id, w.FiscalYear), out var s) ? s : (RecordState?)null))]));
        var now = clock.GetUtcNow();
        var openYears = openWindows.Where(w => w.IsOpen).Select(w => new OpenYear(
            w.FiscalYear,
            w.Deadline,
            w.Deadline is { } deadline ? JapanCalendar.DaysUntil(deadline, now) : null,
            [.. measures
                .Select(m => new UnsubmittedRecord(m.Number, m.Title, states.TryGetValue((m.Id, w.FiscalYear), out var s) ? s : null))
                .Where(r => ReminderSchedule.Outstanding(r.State))]));
        return new StaffHome(sectionName, openWindows, [.. rows]) { OpenYears = [.. openYears], SectionCode = section?.Code };
    }
}
