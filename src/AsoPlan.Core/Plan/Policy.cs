namespace AsoPlan.Core.Plan;

/// <summary>One of the 6 policies (政策1「発展」 … 政策6「安心」).</summary>
public class Policy : Search.ISearchable
{
    public int Id { get; set; }

    public int PlanPeriodId { get; set; }

    public PlanPeriod? PlanPeriod { get; set; }

    public int Number { get; set; }

    /// <summary>Short name in brackets, e.g. 発展.</summary>
    public required string ShortName { get; set; }

    public required string Title { get; set; }

    /// <summary>Subtitle where the source has one, e.g. (大きな一歩を踏み出すために).</summary>
    public string? Subtitle { get; set; }

    public PolicyKind Kind { get; set; }

    /// <summary>The challenge a core policy serves; null for the priority policy.</summary>
    public int? ChallengeId { get; set; }

    public Challenge? Challenge { get; set; }

    public int? DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>現状と課題 (or 主な課題 for the priority policy), one item per line.</summary>
    public required string CurrentIssues { get; set; }

    public List<PolicySection> Sections { get; set; } = [];

    public List<IndividualPlan> IndividualPlans { get; set; } = [];

    public List<Measure> Measures { get; set; } = [];

    /// <summary>The folded search fields (<see cref="Search.ISearchable"/>); kept up to date by the context.</summary>
    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchFields() => [Title, ShortName, Subtitle, CurrentIssues];
}
