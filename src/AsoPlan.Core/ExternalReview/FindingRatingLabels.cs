namespace AsoPlan.Core.ExternalReview;

public static class FindingRatingLabels
{
    public static IReadOnlyList<FindingRating> All { get; } = [FindingRating.Appropriate, FindingRating.PartlyNeedsReview, FindingRating.NeedsReview];

    public static string Japanese(this FindingRating rating) => rating switch
    {
        FindingRating.Appropriate => "妥当",
        FindingRating.PartlyNeedsReview => "一部見直しが必要",
        FindingRating.NeedsReview => "見直しが必要",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>Anything short of 妥当 says something should change, so it must say what.</summary>
    public static bool NeedsText(this FindingRating rating) => rating != FindingRating.Appropriate;
}
