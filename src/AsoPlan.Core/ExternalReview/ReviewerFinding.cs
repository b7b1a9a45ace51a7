using AsoPlan.Core.Plan;

namespace AsoPlan.Core.ExternalReview;

/// <summary>One reviewer's finding on a measure's evaluation of a fiscal year (評価 and 意見), recorded while the round is open.</summary>
public class ReviewerFinding
{
    public long Id { get; set; }

    public int FiscalYear { get; set; }

    public int MeasureId { get; set; }

    public Measure? Measure { get; set; }

    /// <summary>The reviewer's user name (the account that wrote it).</summary>
    public required string Reviewer { get; set; }

    public FindingRating Rating { get; set; }

    public string? Text { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ChangedAt { get; set; }
}
