namespace AsoPlan.Core.Workflow;

/// <summary>What staff entered for a measure and year, as checked before submission.</summary>
public sealed record RecordContent(
    IReadOnlyList<EnteredValue> Values,
    string? DoText,
    string? SelfRating,
    string? SelfRatingReason,
    string? ActionText)
{
    /// <summary>The projects' years; only those with something entered are judged.</summary>
    public IReadOnlyList<Budget.ProjectEntry> Projects { get; init; } = [];
}

public sealed record EnteredValue(string IndicatorName, decimal? Value, string? NotAvailableReason);
