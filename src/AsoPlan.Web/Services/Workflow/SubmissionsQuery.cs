using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Models.Planning;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Services.Workflow;

/// <summary>
/// The planning office's list: every measure of the current period × every entry year, so a year
/// nobody has started shows as 未入力 rather than being missing.
/// </summary>
public sealed class SubmissionsQuery(AsoPlanDbContext db, EntryYears entryYears)
{
    public async Task<SubmissionList> LoadAsync(int? year, string? section, CancellationToken cancellationToken = default)
    {
        var years = await entryYears.AllAsync(cancellationToken);
        var selectedYear = year is { } y && years.Contains(y) ? year : null;
        var sections = await db.Sections.AsNoTracking()
            .Where(s => db.Measures.Any(m => m.OwnerSectionId == s.Id && m.Policy!.PlanPeriod!.IsCurrent))
            .OrderBy(s => s.SortOrder)
            .Select(s => new SectionOption(s.Code, s.Name))
            .ToListAsync(cancellationToken);
        var selectedSection = sections.Any(s => s.Code == section) ? section : null;

        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriod!.IsCurrent && (selectedSection == null || m.OwnerSection!.Code == selectedSection))
            .OrderBy(m => m.Number)
            .Select(m => new { m.Id, m.Number, m.Title, Section = m.OwnerSection!.Name })
            .ToListAsync(cancellationToken);
        var shownYears = selectedYear is { } only ? [only] : years;
        var ids = measures.Select(m => m.Id).ToList();
        var records = await db.PdcaRecords.AsNoTracking()
            .Where(r => ids.Contains(r.MeasureId) && shownYears.Contains(r.FiscalYear))
            .Select(r => new { r.MeasureId, r.FiscalYear, r.State, r.UpdatedAt })
            .ToDictionaryAsync(r => (r.MeasureId, r.FiscalYear), cancellationToken);

        var rows = from fy in shownYears
                   from m in measures
                   let record = records.GetValueOrDefault((m.Id, fy))
                   select new SubmissionRow(m.Number, m.Title, m.Section, fy, record?.State, record?.UpdatedAt);
        return new SubmissionList(years, sections, selectedYear, selectedSection, [.. rows]);
    }
}
