namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>The plan editing start page: the current period's policies, measures and indicators.</summary>
public sealed record PlanEditIndex(string PeriodName, IReadOnlyList<PlanEditPolicy> Policies);

public sealed record PlanEditPolicy(int Number, string ShortName, string Title, IReadOnlyList<PlanEditMeasure> Measures);

public sealed record PlanEditMeasure(int Number, string Title, int Indicators);

/// <summary>A measure's edit page: its texts form, its indicators, and the notes already published.</summary>
public sealed record MeasureEditPage(MeasureTextForm Form, string PolicyLabel, IReadOnlyList<PlanEditIndicator> Indicators, IReadOnlyList<string> Notes)
{
    /// <summary>The measure's 主な事務・事業 in plan order.</summary>
    public IReadOnlyList<PlanEditProject> Projects { get; init; } = [];
}

/// <summary>A project as the measure's edit page lists it; <see cref="Section"/> is null when it is the measure's own.</summary>
public sealed record PlanEditProject(string Code, string Name, string Initiative, string? Section, string? BudgetCode);

public sealed record PlanEditIndicator(string Code, string Name, string Baseline, string Target, string Direction, int YearTargets, int? RetiredFromFiscalYear);
