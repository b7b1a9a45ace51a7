namespace AsoPlan.Web.Features.Portal;

public sealed record PolicyPage(
    int Number,
    string ShortName,
    string Title,
    string? Subtitle,
    bool IsPriority,
    ChallengeLink? Challenge,
    DepartmentRoles? Department,
    IReadOnlyList<string> CurrentIssues,
    IReadOnlyList<TextBlock> Sections,
    IReadOnlyList<IndividualPlanItem> IndividualPlans,
    IReadOnlyList<MeasureItem> Measures,
    IReadOnlyList<string>? RevisionNotes = null);

public sealed record ChallengeLink(int Number, string Title, string Category);

/// <summary>部・課の役割: the department's mission and each section's roles.</summary>
public sealed record DepartmentRoles(string Name, string Mission, IReadOnlyList<SectionRoles> Sections);

public sealed record SectionRoles(string Code, string Name, IReadOnlyList<string> Roles);

public sealed record TextBlock(string Heading, IReadOnlyList<string> Paragraphs);

public sealed record IndividualPlanItem(string Name, string SectionName, string PeriodText);

public sealed record PolicyItem(int Number, string ShortName, string Title, string? Subtitle, bool IsPriority, ChallengeLink? Challenge, string? DepartmentName, IReadOnlyList<MeasureItem> Measures);

/// <summary>The policy list, led by the period's introduction (its paragraphs in the plan's order).</summary>
public sealed record PolicyIndexPage(IReadOnlyList<string> Introduction, IReadOnlyList<PolicyItem> Policies);
