using AsoPlan.Core.Progress;
using AsoPlan.Web.Formatting;

namespace AsoPlan.Web.OpenData;

/// <summary>
/// The 達成度 columns of a reporting year, from the same approved values and the same engine as the
/// public pages (docs/achievement.md). Empty where the year has no approved value.
/// </summary>
public static class AchievementColumns
{
    public const int PercentDecimals = 1;

    public static IEnumerable<OpenDataColumn> For(int year)
    {
        var wareki = ValueFormat.Wareki(year);
        var label = ValueFormat.ShortLabel(year);
        yield return new(
            $"{wareki}達成度（%）",
            $"achievement{label}",
            $"{wareki}の実績が、基準値から目標値までの直線でその年度に想定される進み具合の何%か（100以上で想定どおり以上）。基準値がない指標は目標値に対する割合。目標値以上・以下を維持する指標は空欄（評価を参照）",
            s => Of(s, year)?.ShareOfPath is { } share ? decimal.Round(share * 100m, PercentDecimals, MidpointRounding.AwayFromZero) : null,
            PercentDecimals);
        yield return new(
            $"{wareki}評価",
            $"rating{label}",
            $"{wareki}の評価区分: A 目標達成（想定の100%以上、または維持目標を達成）、B 順調（80%以上）、C やや遅れ（50%以上）、D 遅れ（50%未満、または維持目標を未達成）",
            s => Of(s, year)?.Rating.ToString());
        yield return new(
            $"{wareki}基準値より悪化",
            $"worseThanBaseline{label}",
            $"{wareki}の実績が基準値より目指す方向と逆に動いている場合に「該当」",
            s => Of(s, year) is { } a ? (a.WorseThanBaseline ? "該当" : "") : null);
    }

    private static Achievement? Of(IndicatorSeries series, int year) =>
        series.Row.Actuals.FirstOrDefault(a => a.FiscalYear == year)?.Achievement;
}
