using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>Reads what a section's entry workbook and its page show.</summary>
public sealed class EntryWorkbookQuery(AsoPlanDbContext db, EntryYears years, TimeProvider clock)
{
    /// <summary>The section and year, or null when there is no such page (unknown section, year outside the plan period).</summary>
    public async Task<SectionYear?> FindAsync(string sectionCode, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (!await years.ContainsAsync(fiscalYear, cancellationToken))
        {
            return null;
        }

        var section = await db.Sections.AsNoTracking()
            .Where(s => s.Code == sectionCode)
            .Select(s => new { s.Id, s.Code, s.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            return null;
        }

        var window = await db.EntryWindows.AsNoTracking()
            .Where(w => w.FiscalYear == fiscalYear && w.IsOpen)
            .Select(w => new { w.Deadline })
            .SingleOrDefaultAsync(cancellationToken);
        return new SectionYear(section.Id, section.Code, section.Name, fiscalYear, window is not null, window?.Deadline);
    }

    /// <summary>The page: every measure of the section with its state, and whether the workbook includes it.</summary>
    public async Task<WorkbookPage> PageAsync(SectionYear target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.OwnerSectionId == target.SectionId && m.Policy!.PlanPeriod!.IsCurrent)
            .OrderBy(m => m.Number)
            .Select(m => new
            {
                m.Number,
                m.Title,
                State = db.PdcaRecords.Where(r => r.MeasureId == m.Id && r.FiscalYear == target.FiscalYear).Select(r => (RecordState?)r.State).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new WorkbookPage
        {
            Target = target,
            Measures = [.. measures.Select(m => new WorkbookPageMeasure(m.Number, m.Title, m.State, PdcaWorkflow.StaffCanEdit(m.State, target.WindowOpen)))],
        };
    }

    /// <summary>The workbook: the measures staff may change now, each with its stored record and its indicators in plan order.</summary>
    public async Task<EntryWorkbook> LoadAsync(SectionYear target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var measures = await SectionMeasuresAsync(target.SectionId, target.FiscalYear, cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var records = await db.PdcaRecords.AsNoTracking().Include(r => r.Values)
            .Where(r => ids.Contains(r.MeasureId) && (r.FiscalYear == target.FiscalYear || r.FiscalYear == target.FiscalYear - 1))
            .ToListAsync(cancellationToken);
        var projects = await ProjectsAsync(ids, cancellationToken);
        var included = new List<WorkbookMeasure>();
        foreach (var measure in measures)
        {
            var record = records.SingleOrDefault(r => r.MeasureId == measure.Id && r.FiscalYear == target.FiscalYear);
            if (!PdcaWorkflow.StaffCanEdit(record?.State, target.WindowOpen))
            {
                continue;
            }

            var lastYear = records.SingleOrDefault(r => r.MeasureId == measure.Id && r.FiscalYear == target.FiscalYear - 1);
            included.Add(new WorkbookMeasure(measure.Id, measure.Number, measure.Title, record, [.. measure.Indicators.Select(i => Line(i, lastYear))])
            {
                Projects = [.. projects[measure.Id]],
            });
        }

        return new EntryWorkbook(target, clock.GetUtcNow().UtcDateTime, included);
    }

    /// <summary>
    /// Every measure of the section with the indicators it has in that year (not retired), in plan order —
    /// the same list the entry form shows (<see cref="RecordPages.IndicatorsAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<Measure>> SectionMeasuresAsync(int sectionId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.OwnerSectionId == sectionId && m.Policy!.PlanPeriod!.IsCurrent)
            .Include(m => m.Indicators)
            .OrderBy(m => m.Number)
            .ToListAsync(cancellationToken);
        foreach (var measure in measures)
        {
            measure.Indicators = [.. measure.Indicators.Where(i => i.IsActiveIn(fiscalYear)).OrderBy(i => i.SortOrder).ThenBy(i => i.Code)];
        }

        return measures;
    }

    /// <summary>The 事務事業 of the measures by measure id, in the entry form's order (initiative, then project).</summary>
    public async Task<ILookup<int, Project>> ProjectsAsync(IReadOnlyCollection<int> measureIds, CancellationToken cancellationToken = default)
    {
        var projects = await db.Projects.AsNoTracking()
            .Include(p => p.OwnerSection)
            .Where(p => measureIds.Contains(p.MeasureId))
            .OrderBy(p => p.Initiative!.SortOrder).ThenBy(p => p.SortOrder)
            .ToListAsync(cancellationToken);
        return projects.ToLookup(p => p.MeasureId);
    }

    private static WorkbookIndicator Line(Indicator indicator, PdcaRecord? lastYear)
    {
        var stored = lastYear?.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id);
        object? last = stored?.Value is { } value ? value
            : stored?.NotAvailableReason is { } reason ? $"未確定（{reason}）"
            : null;
        return new WorkbookIndicator(indicator, indicator.BaselineText, EntryFormat.TargetText(indicator), last, lastYear?.State)
        {
            LastYearPreliminary = stored is { Value: not null, IsPreliminary: true },
        };
    }
}
