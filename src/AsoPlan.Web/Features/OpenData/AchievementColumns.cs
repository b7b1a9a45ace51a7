using AsoPlan.Core.Progress;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>
/// The 達成度 columns of a reporting year, from the same approved values and the same engine as the
/// public pages (docs/achievement.md). Empty where the year has no approved value.
/// </summary>
public static class AchievementColumns
{
    public const int PercentDecimals = 1;

    public static IEnumerable<OpenDataColumn> For(int year, EvaluationStage stage, RatingBands bands)
    {
        var wareki = ValueFormat.Wareki(year);
        var label = ValueFormat.ShortLabel(year);
        yield return new(
            $"{wareki}達成度（%）",
            $"achievement{label}",
            $"{wareki}の実績が、基準値から目標値までの直線でその年度に想定される進み具合の何%か（100以上で想定どおり以上）。小数第2位以下は切り捨て（評価区分の境目をまたいで丸めないため）。基準値がない指標は目標値に対する割合。目標値以上・以下を維持する指標は空欄（評価を参照）",
            s => Of(s, year)?.ShareOfPath is { } share ? PercentText.FloorPercent(share) : null,
            PercentDecimals);
        yield return new(
            $"{wareki}評価",
            $"rating{label}",
            $"{wareki}の評価区分（A〜D）: {EvaluationLabels.Legend(bands, stage)}",
            s => Of(s, year)?.Rating.ToString());
        yield return new(
            $"{wareki}評価の言葉",
            $"ratingLabel{label}",
            $"{wareki}の評価区分を言葉にしたもの（{EvaluationLabels.Scale(stage)}）。{(stage == EvaluationStage.Interim ? "目標年度より前の年度は、想定どおりに進んでいるかを表します（目標値に届いたかどうかは目標年度に評価します）" : "目標年度は、目標値に届いたかどうかを表します")}",
            s => Of(s, year) is { } a ? a.Label : null);
        yield return new(
            $"{wareki}基準値より悪化",
            $"worseThanBaseline{label}",
            $"{wareki}の実績が基準値より目指す方向と逆に動いている場合に「{EvaluationLabels.WorseThanBaselineMark}」（評価区分とは別。区分がAでも該当することがあります）",
            s => Of(s, year) is { } a ? (a.WorseThanBaseline ? EvaluationLabels.WorseThanBaselineMark : "") : null);
    }

    private static Achievement? Of(IndicatorSeries series, int year) =>
        series.Row.Actuals.FirstOrDefault(a => a.FiscalYear == year)?.Achievement;
}
