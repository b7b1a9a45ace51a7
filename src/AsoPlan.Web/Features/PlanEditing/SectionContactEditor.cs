using AsoPlan.Core.Plan;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>Reads and saves the sections' 問い合わせ先 (administrators only); every change goes to the audit trail.</summary>
public sealed class SectionContactEditor(AsoPlanDbContext db, AuditTrail audit)
{
    public async Task<IReadOnlyList<SectionContactRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Sections.AsNoTracking()
            .OrderBy(s => s.DepartmentId == null ? int.MaxValue : s.DepartmentId).ThenBy(s => s.SortOrder)
            .Select(s => new SectionContactRow(s.Code, s.Name, s.Department == null ? null : s.Department.Name, s.ContactPhone, s.ContactEmail, s.ContactOffice))
            .ToListAsync(cancellationToken);

    public async Task<SectionContactForm?> FormAsync(string code, CancellationToken cancellationToken) =>
        await db.Sections.AsNoTracking()
            .Where(s => s.Code == code)
            .Select(s => new SectionContactForm { Code = s.Code, Name = s.Name, Phone = s.ContactPhone, Email = s.ContactEmail, Office = s.ContactOffice })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Saves the contact; returns the field messages (key = form field) when something must be fixed, and then stores nothing.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(string actor, Section section, SectionContactForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(form);
        var phone = SectionContactRules.Phone(form.Phone);
        var email = SectionContactRules.Email(form.Email);
        var office = SectionContactRules.Office(form.Office);
        var problems = new Dictionary<string, string>();
        AddIf(problems, nameof(form.Phone), phone.Message);
        AddIf(problems, nameof(form.Email), email.Message);
        AddIf(problems, nameof(form.Office), office.Message);
        if (problems.Count > 0)
        {
            return problems;
        }

        var before = new { section.ContactPhone, section.ContactEmail, section.ContactOffice };
        (section.ContactPhone, section.ContactEmail, section.ContactOffice) = (phone.Value, email.Value, office.Value);
        audit.Record(actor, "section.contact", nameof(Section), section.Code, before, new { section.ContactPhone, section.ContactEmail, section.ContactOffice });
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }

    public Task<Section?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Sections.FirstOrDefaultAsync(s => s.Code == code, cancellationToken);

    private static void AddIf(Dictionary<string, string> problems, string field, string? message)
    {
        if (message is not null)
        {
            problems[field] = message;
        }
    }
}
