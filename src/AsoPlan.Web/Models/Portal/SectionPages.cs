namespace AsoPlan.Web.Models.Portal;

public sealed record DepartmentSections(string Name, IReadOnlyList<SectionSummary> Sections);

public sealed record SectionSummary(string Code, string Name, int MeasureCount);

public sealed record SectionPage(
    string Code,
    string Name,
    string? DepartmentName,
    string? DepartmentMission,
    IReadOnlyList<string> Roles,
    IReadOnlyList<PolicyLink> Policies,
    IReadOnlyList<MeasureItem> Measures);
