namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>The plan editing start page: the current period's policies, measures and indicators.</summary>
public sealed record PlanEditIndex(string PeriodName, IReadOnlyList<PlanEditPolicy> Policies);

public sealed record PlanEditPolicy(int Number, string ShortName, string Title, IReadOnlyList<PlanEditMeasure> Measures);

public sealed record PlanEditMeasure(int Number, string Title, int Indicators);

/// <summary>A measure's edit page: its texts form, its indicators, and the notes already published.</summary>
public sealed record MeasureEditPage(MeasureTextForm Form, string PolicyLabel, IReadOnlyList<PlanEditIndicator> Indicators, IReadOnlyList<string> Notes);

public sealed record PlanEditIndicator(string Code, string Name, string Baseline, string Target, string Direction, int YearTargets, int? RetiredFromFiscalYear);
