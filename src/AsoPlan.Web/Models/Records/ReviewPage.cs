namespace AsoPlan.Web.Models.Records;

/// <summary>The planning office's view of a record; <see cref="CanReview"/> only while it is submitted.</summary>
public sealed record ReviewPage(RecordPage Record, bool CanReview, string? Comment);
