namespace AsoPlan.Core.ExternalReview;

/// <summary>
/// What the review rules need to know about a fiscal year's review round (外部評価の受付), which the planning office opens
/// and closes like an entry window. <paramref name="OpenedAt"/> is the UTC time of the latest opening (null: never opened).
/// </summary>
public sealed record RoundStatus(int FiscalYear, bool IsOpen, DateOnly? Deadline, DateTime? OpenedAt);
