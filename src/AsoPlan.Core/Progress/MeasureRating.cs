using System.Globalization;

namespace AsoPlan.Core.Progress;

/// <summary>A measure's rating derived from its indicators' ratings, with the derivation spelled out.</summary>
public sealed record MeasureRating(AchievementRating? Rating, IReadOnlyDictionary<AchievementRating, int> Counts, decimal? MeanScore, string Explanation)
{
    /// <summary>
    /// Mean of the indicators' scores (A=4, B=3, C=2, D=1) rounded half up to the nearest band:
    /// ≥ 3.5 A, ≥ 2.5 B, ≥ 1.5 C, else D. A measure with no rated indicator has no rating.
    /// </summary>
    public static MeasureRating Combine(IEnumerable<AchievementRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var list = ratings.ToList();
        var counts = Enum.GetValues<AchievementRating>().ToDictionary(r => r, r => list.Count(x => x == r));
        if (list.Count == 0)
        {
            return new MeasureRating(null, counts, null, "評価できる指標の実績がありません。");
        }

        var mean = list.Average(r => (decimal)(int)r);
        var rating = mean >= 3.5m ? AchievementRating.A
            : mean >= 2.5m ? AchievementRating.B
            : mean >= 1.5m ? AchievementRating.C
            : AchievementRating.D;
        var parts = counts.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}件");
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"指標{list.Count}件（{string.Join("・", parts)}）の平均点 {mean:0.00}（A=4, B=3, C=2, D=1）→ {rating.Japanese()}");
        return new MeasureRating(rating, counts, mean, explanation);
    }
}
