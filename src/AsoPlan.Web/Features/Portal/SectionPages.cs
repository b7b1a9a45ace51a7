namespace AsoPlan.Web.Features.Portal;

public sealed record DepartmentSections(string Name, IReadOnlyList<SectionSummary> Sections);

public sealed record SectionSummary(string Code, string Name, int MeasureCount, SectionContact? Contact = null);

public sealed record SectionPage(
    string Code,
    string Name,
    string? DepartmentName,
    string? DepartmentMission,
    IReadOnlyList<string> Roles,
    IReadOnlyList<PolicyLink> Policies,
    IReadOnlyList<MeasureItem> Measures,
    SectionContact? Contact = null);

/// <summary>A section's 問い合わせ先 as administrators set it; nothing is shown for a field left empty.</summary>
public sealed record SectionContact(string? Phone, string? Email, string? Office)
{
    public bool IsEmpty => Phone is null && Email is null && Office is null;
}
