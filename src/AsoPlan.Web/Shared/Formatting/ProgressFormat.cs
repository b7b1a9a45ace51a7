using AsoPlan.Core.Progress;

namespace AsoPlan.Web.Shared.Formatting;

/// <summary>
/// How 達成度 is written on pages, in the report and in open data: always as text, never colour alone.
/// The words themselves come from <see cref="EvaluationLabels"/> (Core), the one place they are defined.
/// </summary>
public static class ProgressFormat
{
    public const string Unrated = EvaluationLabels.Unrated;

    public const string WorseThanBaseline = EvaluationLabels.WorseThanBaseline;

    /// <summary>0.8 → 80.0%; cut, never rounded across a band bound (<see cref="PercentText"/>).</summary>
    public static string Percent(decimal ratio) => PercentText.Floor(ratio);

    public static string Percent(decimal? ratio) => ratio is { } r ? Percent(r) : "―";

    /// <summary>「B おおむね順調」, 「A 達成」 (target year only), or 未評価 when there is nothing to judge.</summary>
    public static string Rating(Achievement? achievement) => EvaluationLabels.LabelOrUnrated(achievement);

    /// <summary>The single letter for narrow cells (A–D), or 未評価.</summary>
    public static string Letter(Achievement? achievement) => achievement?.Rating.ToString() ?? Unrated;

    /// <summary>CSS hook for the rating badge; the text beside it carries the meaning.</summary>
    public static string Css(AchievementRating? rating) => rating is { } r ? "rating rating-" + r.ToString().ToLowerInvariant() : "rating rating-none";

    /// <summary>
    /// What the band was applied to, as a reader checks it: the share of the expected path for a path,
    /// the share of the target for target-only, or where the value stands against a floor or ceiling with the margin.
    /// </summary>
    public static string Achievement(Achievement? achievement, int decimals, string unit)
    {
        if (achievement is null)
        {
            return Unrated;
        }

        if (achievement.Method == AchievementMethod.Threshold)
        {
            var margin = achievement.Margin ?? 0m;
            var sign = margin > 0 ? "+" : margin < 0 ? "−" : "±";
            return $"{EvaluationLabels.ThresholdState(achievement.Floor == true, achievement.ThresholdMet == true)}（目標値との差 {sign}{ValueFormat.Number(Math.Abs(margin), decimals)}{unit}）";
        }

        return achievement.Method == AchievementMethod.PathProgress
            ? $"進捗率 {Percent(achievement.ProgressRate)}（想定の {Percent(achievement.ShareOfPath)}）"
            : $"目標値の {Percent(achievement.ShareOfPath)}";
    }
}
