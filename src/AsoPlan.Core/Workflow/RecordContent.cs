namespace AsoPlan.Core.Workflow;

/// <summary>What staff entered for a measure and year, as checked before submission.</summary>
public sealed record RecordContent(
    IReadOnlyList<EnteredValue> Values,
    string? DoText,
    string? SelfRating,
    string? SelfRatingReason,
    string? ActionText);

public sealed record EnteredValue(string IndicatorName, decimal? Value, string? NotAvailableReason);
