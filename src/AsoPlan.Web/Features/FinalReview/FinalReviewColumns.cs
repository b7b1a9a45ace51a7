using AsoPlan.Core.Periods;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.FinalReview;

/// <summary>A column of the final results: CSV header and sheet heading, JSON name, meaning (the open-data dictionary), sheet width, value.</summary>
public sealed record FinalColumn(string Header, string JsonName, string Meaning, int Width, Func<FinalLine, object?> Value, string? Format = null);

/// <summary>
/// The columns of the final results, defined once for the review's CSV and workbook and for open data's
/// final-results.csv / .json and its dictionary on /opendata. Numbers stay numbers, in the indicator's decimals; rates
/// are fractions cut to the 0.1% grid (never rounded across a band bound).
/// </summary>
public static class FinalReviewColumns
{
    public const string PercentFormat = "0.0%";

    public static IReadOnlyList<FinalColumn> For(IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var finalYear = years.DefaultIfEmpty(0).Max();
        var final = ValueFormat.Wareki(finalYear);
        var columns = new List<FinalColumn>
        {
            new("政策番号", "policyNumber", "実施施策が属する政策の番号", 8, l => l.Policy.Number),
            new("施策番号", "measureNumber", "実施施策の番号", 8, l => l.Measure.Number),
            new("施策名", "measureTitle", "実施施策の名称", 30, l => l.Measure.Title),
            new("担当課", "section", "実施施策を担当する課", 14, l => l.Measure.Section),
            new("指標コード", "indicatorCode", "成果指標の系列を表すコード（例: M13-I03）。成果指標がない施策は空欄", 10, l => l.Indicator?.Progress.Indicator.Code),
            new("指標名", "indicatorName", "成果指標の名称", 36, l => l.Indicator?.Progress.Indicator.Name),
            new("単位", "unit", "値の単位", 8, l => l.Indicator?.Progress.Indicator.Unit),
            new("目指す方向", "direction", "増加を目指す／減少を目指す／目標値以上を維持／目標値以下を維持", 14, l => l.Indicator?.Progress.Indicator.Direction.Japanese()),
            new("基準年度", "baselineFiscalYear", "基準値の年度（西暦）。基準値がない指標は空欄", 10, l => l.Indicator?.Progress.Indicator is { BaselineValue: not null } i ? i.BaselineFiscalYear : null),
            new("基準値", "baselineValue", "基準値。計画書に基準値がない指標は空欄", 12, l => InDecimals(l, l.Indicator?.Progress.Indicator.BaselineValue)),
            new("目標年度", "targetFiscalYear", "目標値の年度（西暦）", 10, l => l.Indicator?.Progress.Goal?.TargetFiscalYear),
            new("目標値", "targetValue", "目標値。「10%向上」のような相対目標は基準値から計算した値", 12, l => InDecimals(l, l.Indicator?.Progress.Goal?.TargetValue)),
            new("目標値の表記", "targetText", "計画書に記載された目標値の表記", 16, l => l.Indicator?.Progress.Indicator.TargetText),
        };
        foreach (var year in years)
        {
            var wareki = ValueFormat.Wareki(year);
            var label = ValueFormat.ShortLabel(year);
            columns.Add(new($"{wareki}実績", $"actual{label}", $"{wareki}（{year}年度）の承認済みの実績値。それ以外は空欄", 12, l => InDecimals(l, l.Indicator?.Progress.In(year)?.Value)));
            columns.Add(new($"{wareki}評価", $"rating{label}", $"{wareki}の評価区分（A〜D、公表時の評価）。実績の推移とあわせて読みます", 8, l => l.Indicator?.Progress.In(year)?.Achievement?.Rating.ToString()));
        }

        columns.AddRange(
        [
            new("最終実績の状態", "finalStatus", $"{final}（目標年度）の実績の状態: 確定／速報値／未確定（理由）／訂正済。廃止した指標は「廃止」", 16, FinalStatus),
            new("最終評価", "finalRating", $"{final}の評価区分（A〜D）", 8, l => l.Indicator?.Final?.Rating.ToString()),
            new("最終評価の言葉", "finalRatingLabel", $"{final}の評価区分を言葉にしたもの（{EvaluationLabels.Scale(EvaluationStage.TargetYear)}）。値がなく評価できない指標は「{EvaluationLabels.Unrated}」", 14, l => l.Indicator is { } i ? (i.Retired ? null : EvaluationLabels.LabelOrUnrated(i.Final)) : null),
            new("目標値との差", "differenceFromTarget", $"{final}の実績値 − 評価に使った目標値（指標の単位）。減少を目指す指標ではマイナスが目標より良い側です", 12, l => InDecimals(l, l.Indicator?.DifferenceFromTarget)),
            new("進捗率", "progressRate", "基準値から目標値までのうち、最終実績までに進んだ割合（1 = 100%、小数第4位以下切り捨て）。基準値がない指標は目標値に対する割合。目標値以上・以下を維持する指標は空欄", 10, l => ProgressRate(l), PercentFormat),
            new("基準値からの変化", "changeFromBaseline", $"最終実績を基準値と比べて: 基準値から改善／基準値と同じ／{EvaluationLabels.WorseThanBaseline}（目指す方向と逆）", 14, l => l.Indicator is { } i ? FinalResults.Label(i.Change) : null),
            new("施策の最終評価", "measureRating", $"{final}の施策の評価（成果指標の評価の平均点。評価できた指標が少ない施策は「{EvaluationLabels.Withheld}」）", 14, l => l.Measure.RatingLabel),
            new("施策の評価の対象", "measureCoverage", "施策の評価に使えた成果指標の数（例: 5件中4件を評価）", 14, l => l.Measure.Rating.Active == 0 ? null : l.Measure.Rating.Coverage),
            new("施策の評価の導き方", "measureRatingExplanation", "施策の評価をどう導いたか", 40, l => l.Measure.Rating.Explanation),
            new("最後の自己評価の年度", "lastCheckFiscalYear", "担当課の最後の承認済み記録の年度（西暦）", 10, l => l.Measure.Check?.FiscalYear),
            new("自己評価（Check）", "selfRating", "担当課の自己評価（A〜D）", 10, l => l.Measure.Check?.SelfRating),
            new("自己評価の理由", "selfRatingReason", "自己評価の理由", 40, l => l.Measure.Check?.SelfRatingReason),
            new("改善・今後の方向性（Action）", "actionText", "担当課の改善・今後の方向性", 50, l => l.Measure.Check?.ActionText),
            new("施策の成果", "measureResults", "企画担当がまとめた施策の成果（承認済みのもの）", 50, l => l.Measure.Words?.Results),
            new("施策の課題", "measureIssues", "企画担当がまとめた施策の課題（承認済みのもの。次の計画に引き継ぐこと）", 50, l => l.Measure.Words?.Issues),
        ]);
        return columns;
    }

    private static string? FinalStatus(FinalLine line) => line.Indicator switch
    {
        null => null,
        { Retired: true } i => $"廃止（{ValueFormat.Wareki(i.Progress.Indicator.RetiredFromFiscalYear!.Value)}から）",
        { FinalYearValue: { Published: true } y } => Core.Publication.Publishing.Label(y.Status, y.NotAvailableReason),
        _ => null,
    };

    private static decimal? ProgressRate(FinalLine line) => line.Indicator?.Final switch
    {
        { Method: AchievementMethod.PathProgress, ProgressRate: { } rate } => PercentText.FloorRatio(rate),
        { Method: AchievementMethod.TargetOnly, ShareOfPath: { } share } => PercentText.FloorRatio(share),
        _ => null,
    };

    /// <summary>A number in its indicator's decimals, as the page prints it.</summary>
    private static decimal? InDecimals(FinalLine line, decimal? value) =>
        value is { } v && line.Indicator is { } i ? Math.Round(v, i.Progress.Indicator.Decimals, MidpointRounding.AwayFromZero) : value;
}
