using System.Globalization;

namespace AsoPlan.Core.Progress;

/// <summary>
/// Every word the portal uses for an evaluation, in one place: the page tables, the report, the workbook
/// and open data all take their rating words, the deterioration mark, the coverage and 評価保留 texts from
/// here (docs/achievement.md, 「評価の言葉」). The letters A–D stay; the words depend on the year, so that
/// an interim year never says the target was achieved.
/// </summary>
public static class EvaluationLabels
{
    public const string WorseThanBaseline = "基準値より悪化";

    /// <summary>The open-data and workbook cell for a value worse than the baseline.</summary>
    public const string WorseThanBaselineMark = "該当";

    /// <summary>An indicator without a rating in the year (no value in scope, 未確定, nothing to judge it by).</summary>
    public const string Unrated = "未評価";

    /// <summary>A measure whose rating is withheld because too few of its indicators are rated.</summary>
    public const string Withheld = "評価保留";

    /// <summary>The word alone: 順調 / 達成 ….</summary>
    public static string Word(AchievementRating rating, EvaluationStage stage) => (rating, stage) switch
    {
        (AchievementRating.A, EvaluationStage.Interim) => "順調",
        (AchievementRating.B, EvaluationStage.Interim) => "おおむね順調",
        (AchievementRating.C, EvaluationStage.Interim) => "やや遅れ",
        (AchievementRating.D, EvaluationStage.Interim) => "遅れ",
        (AchievementRating.A, _) => "達成",
        (AchievementRating.B, _) => "概ね達成",
        (AchievementRating.C, _) => "達成不十分",
        _ => "未達成",
    };

    /// <summary>The letter with its word, as every page prints it: 「B おおむね順調」, 「A 達成」.</summary>
    public static string Label(AchievementRating rating, EvaluationStage stage) => $"{rating} {Word(rating, stage)}";

    public static string Label(Achievement achievement)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        return Label(achievement.Rating, achievement.Stage);
    }

    /// <summary>The rating of a result, or 未評価 when there is none.</summary>
    public static string LabelOrUnrated(Achievement? achievement) => achievement is null ? Unrated : Label(achievement);

    /// <summary>The four words of a stage for a choice of A–D: 「A 順調・B おおむね順調・C やや遅れ・D 遅れ」.</summary>
    public static string Scale(EvaluationStage stage) =>
        string.Join("・", Enum.GetValues<AchievementRating>().OrderDescending().Select(r => Label(r, stage)));

    /// <summary>The stage of a fiscal year for an indicator whose target year is <paramref name="targetFiscalYear"/>.</summary>
    public static EvaluationStage StageOf(int fiscalYear, int targetFiscalYear) =>
        fiscalYear >= targetFiscalYear ? EvaluationStage.TargetYear : EvaluationStage.Interim;

    /// <summary>What the stage means, for the legend under a table.</summary>
    public static string StageName(EvaluationStage stage) =>
        stage == EvaluationStage.Interim ? "目標年度より前の年度（想定の進み具合との比較）" : "目標年度（目標値との比較）";

    /// <summary>「5件中1件を評価」.</summary>
    public static string Coverage(int rated, int active) =>
        string.Create(CultureInfo.InvariantCulture, $"{active}件中{rated}件を評価");

    /// <summary>Why a measure's rating is withheld: 「評価保留（5件中1件を評価。評価できた指標が半数に満たないため）」.</summary>
    public static string WithheldWithReason(int rated, int active, decimal minimumCoverage) =>
        $"{Withheld}（{Coverage(rated, active)}。評価できた指標が{Share(minimumCoverage)}に満たないため）";

    /// <summary>The derivation of a withheld rating: 「5件中1件を評価。評価できた指標が半数に満たないため、施策の評価を保留しています。」</summary>
    public static string WithheldExplanation(int rated, int active, decimal minimumCoverage) =>
        $"{Coverage(rated, active)}。評価できた指標が{Share(minimumCoverage)}に満たないため、施策の評価を保留しています。";

    /// <summary>The derivation of a measure none of whose indicators is rated: 「6件中0件を評価。評価できた成果指標がないため、施策は未評価です。」</summary>
    public static string NothingRatedExplanation(int active) =>
        $"{Coverage(0, active)}。評価できた成果指標がないため、施策は{Unrated}です。";

    /// <summary>0.5 → 半数; other shares as a percentage (3分の1 is not a word the rule can be configured in).</summary>
    public static string Share(decimal minimumCoverage) =>
        minimumCoverage == 0.5m ? "半数" : PercentText.Floor(minimumCoverage);

    /// <summary>How a threshold value stands against its floor or ceiling, without claiming achievement in an interim year.</summary>
    public static string ThresholdState(bool floor, bool met) => (floor, met) switch
    {
        (true, true) => "目標値以上",
        (true, false) => "目標値を下回る",
        (false, true) => "目標値以下",
        _ => "目標値を上回る",
    };

    /// <summary>The bands of a stage in one sentence, for the legend of a table or an open-data column.</summary>
    public static string Legend(RatingBands bands, EvaluationStage stage)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var basis = stage == EvaluationStage.Interim ? "その年度に想定される進み具合の" : "基準値から目標値までの";
        return $"{Label(AchievementRating.A, stage)}（{basis}{PercentText.Floor(bands.A)}以上、または維持目標を満たす）、"
            + $"{Label(AchievementRating.B, stage)}（{PercentText.Floor(bands.B)}以上）、"
            + $"{Label(AchievementRating.C, stage)}（{PercentText.Floor(bands.C)}以上）、"
            + $"{Label(AchievementRating.D, stage)}（{PercentText.Floor(bands.C)}未満、または維持目標を満たさない）";
    }

    /// <summary>How a measure's rating is derived, in one sentence for readers (the rules in force).</summary>
    public static string MeasureRule(MeasureRatingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"施策の評価は、成果指標の評価を点数（A=4, B=3, C=2, D=1）にした平均点で決めます（{rules.AAbove:0.0#}を超えるとA、{rules.BAbove:0.0#}を超えるとB、{rules.CAbove:0.0#}を超えるとC、それ以外はD。ちょうど{rules.AAbove:0.0#}はB）。")
            + $"未確定などで評価できない指標はD（1点）として平均に含め、評価できた指標が{Share(rules.MinimumCoverage)}に満たない施策は「{Withheld}」とします。";
    }

    /// <summary>Both legends: the interim years' words and the target year's.</summary>
    public static string FullLegend(RatingBands bands) =>
        $"目標年度より前の年度: {Legend(bands, EvaluationStage.Interim)}。目標年度: {Legend(bands, EvaluationStage.TargetYear)}。";
}
