using AsoPlan.Core.Progress;
using AsoPlan.Web.Features.Review;

namespace AsoPlan.Web.Features.Progress;

/// <summary>The shared counts-by-rating table: a caption, the heading of the group column, one row per group, and whether the year is the target year (the words of the headings).</summary>
public sealed record RatingTallyTable(string Id, string Caption, string GroupHeading, IReadOnlyList<TallyRow> Rows, EvaluationStage Stage = EvaluationStage.Interim)
{
    public static IReadOnlyList<AchievementRating> Bands { get; } = [AchievementRating.A, AchievementRating.B, AchievementRating.C, AchievementRating.D];
}
