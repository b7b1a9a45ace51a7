using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

public sealed class SectionQueries(AsoPlanDbContext db)
{
    /// <summary>Sections under their departments; sections without a department come last.</summary>
    public async Task<IReadOnlyList<DepartmentSections>> ListAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.DepartmentId == null).ThenBy(s => s.DepartmentId).ThenBy(s => s.SortOrder)
            .Select(s => new
            {
                Department = s.Department == null ? "その他" : s.Department.Name,
                Summary = new SectionSummary(s.Code, s.Name, s.Measures.Count(m => m.Policy!.PlanPeriodId == period.Id), new SectionContact(s.ContactPhone, s.ContactEmail, s.ContactOffice)),
            })
            .ToListAsync(cancellationToken);
        return sections
            .GroupBy(s => s.Department)
            .Select(g => new DepartmentSections(g.Key, g.Select(s => s.Summary).ToList()))
            .ToList();
    }

    /// <summary>A section's roles and the measures it owns in the period; null when there is no such section.</summary>
    public async Task<SectionPage?> FindAsync(PortalPeriod period, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var section = await db.Sections.AsNoTracking()
            .Where(s => s.Code == code)
            .Select(s => new
            {
                s.Code,
                s.Name,
                DepartmentName = s.Department == null ? null : s.Department.Name,
                DepartmentMission = s.Department == null ? null : s.Department.Mission,
                s.DepartmentId,
                s.Roles,
                Contact = new SectionContact(s.ContactPhone, s.ContactEmail, s.ContactOffice),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            return null;
        }

        var policies = section.DepartmentId is null
            ? []
            : await db.Policies.AsNoTracking()
                .Where(p => p.PlanPeriodId == period.Id && p.DepartmentId == section.DepartmentId)
                .OrderBy(p => p.Number)
                .Select(p => new PolicyLink(p.Number, p.ShortName, p.Title))
                .ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == period.Id && m.OwnerSection!.Code == code)
            .OrderBy(m => m.Number)
            .Select(MeasureProjections.Item)
            .ToListAsync(cancellationToken);
        return new SectionPage(section.Code, section.Name, section.DepartmentName, section.DepartmentMission, ValueFormat.Lines(section.Roles), policies, measures, section.Contact);
    }
}
