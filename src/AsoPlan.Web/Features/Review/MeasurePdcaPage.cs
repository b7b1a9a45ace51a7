using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Review;

/// <summary>A measure's whole PDCA cycle across the reporting years, for the planning office.</summary>
public sealed record MeasurePdcaPage(
    int Number,
    string Title,
    string PolicyLabel,
    string SectionName,
    IReadOnlyList<PlanInitiative> Initiatives,
    IReadOnlyList<PlannedIndicator> Indicators,
    IReadOnlyList<PdcaYear> Years);

public sealed record PlanInitiative(string Name, string? Content, string? Effect);

/// <summary>Plan: an indicator's baseline and target, and the value the straight path expects each year.</summary>
public sealed record PlannedIndicator(Indicator Indicator, IndicatorGoal? Goal, IReadOnlyList<ExpectedValue> Expected);

public sealed record ExpectedValue(int FiscalYear, decimal? Value);

/// <summary>
/// One year's record in whatever state it is (null: 未入力): Do = values and 取組実績, Check = 達成度 and
/// the self-evaluation, Action = improvements, then the planning office's review.
/// </summary>
public sealed record PdcaYear(
    int FiscalYear,
    RecordState? State,
    DateTime? UpdatedAt,
    DateTime? ApprovedAt,
    IReadOnlyList<PdcaValue> Values,
    MeasureRating Rating,
    string? DoText,
    string? SelfRating,
    string? SelfRatingReason,
    string? ActionText,
    string? ReviewComment);

public sealed record PdcaValue(Indicator Indicator, decimal? Value, string? NotAvailableReason, string? MeasurementNote, Achievement? Achievement)
{
    /// <summary>The stored value is a 速報値.</summary>
    public bool IsPreliminary { get; init; }
}
