namespace AsoPlan.Web.Features.Portal;

public sealed record HomePage(
    string PlanName,
    string? VisionLead,
    string Vision,
    IReadOnlyList<string> VisionThoughts,
    string PhilosophyIntro,
    string Philosophy,
    string? PhilosophyClosing,
    string PriorityThemeTitle,
    string PriorityThemeCategory,
    IReadOnlyList<string> PriorityThemeText,
    string? PeriodName,
    int? PeriodStart,
    int? PeriodEnd,
    IReadOnlyList<ChallengeItem> Challenges,
    IReadOnlyList<TreePolicy> PriorityPolicies,
    AsoPlan.Web.Features.Progress.PlanStatus? Status = null);

public sealed record ChallengeItem(int Number, string Title, string Category, IReadOnlyList<string> Body, IReadOnlyList<TreePolicy> Policies);

/// <summary>A policy in the plan tree (体系図) with its measures.</summary>
public sealed record TreePolicy(int Number, string ShortName, string Title, IReadOnlyList<MeasureLink> Measures);
