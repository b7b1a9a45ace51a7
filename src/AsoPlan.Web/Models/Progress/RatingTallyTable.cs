using AsoPlan.Core.Progress;

namespace AsoPlan.Web.Models.Progress;

/// <summary>The shared counts-by-rating table: a caption, the heading of the group column, and one row per group.</summary>
public sealed record RatingTallyTable(string Id, string Caption, string GroupHeading, IReadOnlyList<TallyRow> Rows)
{
    public static IReadOnlyList<AchievementRating> Bands { get; } = [AchievementRating.A, AchievementRating.B, AchievementRating.C, AchievementRating.D];
}
