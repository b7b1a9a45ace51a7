using System.Globalization;

namespace AsoPlan.Core.Progress;

/// <summary>
/// A measure's rating derived from its active indicators' ratings, with its coverage and the derivation
/// spelled out. <see cref="Rating"/> is null when the measure has no indicators, none of them is rated (未評価),
/// or too few are rated (評価保留).
/// </summary>
public sealed record MeasureRating(AchievementRating? Rating, IReadOnlyDictionary<AchievementRating, int> Counts, decimal? MeanScore, string Explanation)
{
    /// <summary>The measure's indicators measured in the year (retired ones are not counted).</summary>
    public int Active { get; init; }

    public int Rated => Counts.Values.Sum();

    /// <summary>Active indicators without a rating: 未確定, not entered, or nothing to judge them by.</summary>
    public int Unrated => Active - Rated;

    /// <summary>Too few indicators rated for a measure rating (評価保留).</summary>
    public bool Withheld { get; init; }

    /// <summary>The target year only when every rated indicator is in its target year.</summary>
    public EvaluationStage Stage { get; init; }

    /// <summary>「5件中1件を評価」.</summary>
    public string Coverage => EvaluationLabels.Coverage(Rated, Active);

    /// <summary>As pages print the measure's rating: 「B おおむね順調」, 「評価保留」 or 「未評価」.</summary>
    public string Label => Rating is { } rating ? EvaluationLabels.Label(rating, Stage) : Withheld ? EvaluationLabels.Withheld : EvaluationLabels.Unrated;

    /// <summary>The mean printed with two decimals rounded up, which agrees with the exclusive bounds: 8/3 → 2.67, 3.5 → 3.50.</summary>
    public string? MeanText => MeanScore is { } mean ? MeanToText(mean) : null;

    public static string MeanToText(decimal mean) => (Math.Ceiling(mean * 100m) / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>With the default rules.</summary>
    public static MeasureRating Combine(IEnumerable<Achievement?> results) => Combine(results, MeasureRatingRules.Default);

    /// <summary>
    /// One result per active indicator (null: not rated). The mean of the scores (A=4, B=3, C=2, D=1) is
    /// banded by <paramref name="rules"/>. An unrated indicator counts as D (1点), so leaving an indicator
    /// 未確定 can never raise the rating above what its worst value would give; and when fewer than
    /// <see cref="MeasureRatingRules.MinimumCoverage"/> of the indicators are rated the rating is withheld.
    /// </summary>
    public static MeasureRating Combine(IEnumerable<Achievement?> results, MeasureRatingRules rules)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(rules);
        var list = results.ToList();
        var rated = list.OfType<Achievement>().ToList();
        var counts = Enum.GetValues<AchievementRating>().ToDictionary(r => r, r => rated.Count(x => x.Rating == r));
        var stage = rated.Count > 0 && rated.All(r => r.Stage == EvaluationStage.TargetYear) ? EvaluationStage.TargetYear : EvaluationStage.Interim;
        if (list.Count == 0)
        {
            return new MeasureRating(null, counts, null, "成果指標がないため、施策の評価はありません。") { Stage = stage };
        }

        var coverage = EvaluationLabels.Coverage(rated.Count, list.Count);
        if (rated.Count == 0)
        {
            // Nothing to judge (nothing entered or approved, or every value 未確定): 評価保留 would read as a
            // judgement about the measure, so it is 未評価 like an indicator without a rating.
            return new MeasureRating(null, counts, null, EvaluationLabels.NothingRatedExplanation(list.Count)) { Active = list.Count, Stage = stage };
        }

        if (!rules.Covers(rated.Count, list.Count))
        {
            var reason = EvaluationLabels.WithheldExplanation(rated.Count, list.Count, rules.MinimumCoverage);
            return new MeasureRating(null, counts, null, reason) { Active = list.Count, Withheld = true, Stage = stage };
        }

        var unrated = list.Count - rated.Count;
        var mean = (rated.Sum(r => (decimal)(int)r.Rating) + unrated) / list.Count;
        var rating = rules.Rate(mean);
        var parts = counts.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}件");
        var unratedPart = unrated == 0 ? string.Empty : $"、評価できない{unrated}件はD（1点）として計算";
        var explanation = $"{coverage}（{string.Join("・", parts)}{unratedPart}）の平均点 {MeanToText(mean)}（A=4, B=3, C=2, D=1）→ {EvaluationLabels.Label(rating, stage)}";
        return new MeasureRating(rating, counts, mean, explanation) { Active = list.Count, Stage = stage };
    }
}
