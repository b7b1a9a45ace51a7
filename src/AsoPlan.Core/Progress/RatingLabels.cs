namespace AsoPlan.Core.Progress;

public static class RatingLabels
{
    public static string Japanese(this AchievementRating rating) => rating switch
    {
        AchievementRating.A => "A 目標達成",
        AchievementRating.B => "B 順調",
        AchievementRating.C => "C やや遅れ",
        _ => "D 遅れ",
    };
}
