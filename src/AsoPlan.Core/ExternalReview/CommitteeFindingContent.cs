namespace AsoPlan.Core.ExternalReview;

/// <summary>What the planning office writes for a measure and year: the committee's rating and opinion (審議会の意見) and the city's response (市の対応方針).</summary>
public sealed record CommitteeFindingContent(FindingRating? Rating, string? CommitteeOpinion, string? CityResponse);
