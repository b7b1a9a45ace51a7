namespace AsoPlan.Core.ExternalReview;

/// <summary>
/// A fiscal year's external review round (外部評価の受付): the planning office opens it for the committee's reviewers to
/// record their findings and closes it when they are done, like an entry window. A year without a row was never opened.
/// </summary>
public class ReviewRound
{
    public int Id { get; set; }

    /// <summary>Gregorian fiscal year under review (2021 = 令和3年度).</summary>
    public int FiscalYear { get; set; }

    public bool IsOpen { get; set; }

    /// <summary>Optional last day for findings, shown to reviewers (date in Japan).</summary>
    public DateOnly? Deadline { get; set; }

    /// <summary>UTC of the latest opening; the year opened most recently is the year under review.</summary>
    public DateTime? OpenedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ChangedAt { get; set; }

    public string? ChangedBy { get; set; }

    public RoundStatus Status => new(FiscalYear, IsOpen, Deadline, OpenedAt);
}
