using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Review;

/// <summary>A column of the evaluation workbook and CSV: its heading, its width in the sheet and how a line fills it.</summary>
public sealed record ReportColumn(string Header, int Width, Func<ReportLine, object?> Value, string? Format = null);

/// <summary>
/// The columns of the 施策評価シート, in the order Plan → Do → Check → Action. Numbers stay numbers
/// (rates as fractions with a percent format) so the planning office can calculate with them.
/// </summary>
public static class ReportColumns
{
    public const string PercentFormat = "0.0%";

    /// <summary>The column that says 速報値 (and 確定 / 未確定（理由） / 訂正済), as open data's 令和N年度実績の状態 does.</summary>
    public const string StatusHeader = "実績の状態";

    /// <summary>The measure's cost (事務事業), from its approved and published project years only.</summary>
    public const string ProjectCountHeader = "事務事業数（承認済み）";

    public const string ProjectTotalHeader = "事務事業のトータルコスト（千円・承認済み）";

    public static IReadOnlyList<ReportColumn> All { get; } =
    [
        new("実施施策", 8, l => l.Measure.Number),
        new("施策名", 30, l => l.Measure.Title),
        new("担当課", 14, l => l.Measure.SectionName),
        new("記録の状態", 10, l => l.Measure.State.Japanese()),
        new("承認・公表", 24, l => l.Measure.ReviewStatus),
        new("成果指標", 36, l => l.Indicator?.Indicator.Name),
        new("単位", 8, l => l.Indicator?.Indicator.Unit),
        new("基準値", 12, l => InDecimals(l, l.Indicator?.Indicator.BaselineValue)),
        new("基準年度", 10, l => l.Indicator?.Indicator is { BaselineValue: not null, BaselineFiscalYear: { } y } ? ValueFormat.Wareki(y) : null),
        new("目標値", 12, l => InDecimals(l, l.Indicator?.Goal?.TargetValue)),
        new("目標値（計画書の表記）", 16, l => l.Indicator?.Indicator.TargetText),
        new("当年度の想定値", 12, l => InDecimals(l, l.Indicator?.ExpectedValue)),
        new("実績値", 12, l => InDecimals(l, l.Indicator?.Value)),
        new(StatusHeader, 16, l => l.Indicator?.StatusLabel),
        new("未確定の理由", 20, l => l.Indicator?.NotAvailableReason),
        new("進捗率", 10, l => Floor(l.Indicator?.Achievement?.ProgressRate), PercentFormat),
        new("想定に対する割合", 12, l => Floor(l.Indicator?.Achievement?.ShareOfPath), PercentFormat),
        new("達成度", 30, l => l.Indicator is { } i ? ProgressFormat.Achievement(i.Achievement, i.Indicator.Decimals, i.Indicator.Unit) : null),
        new("評価区分", 12, l => l.Indicator is { } i ? ProgressFormat.Rating(i.Achievement) : null),
        new(EvaluationLabels.WorseThanBaseline, 10, l => l.Indicator?.Achievement is { } a ? (a.WorseThanBaseline ? EvaluationLabels.WorseThanBaselineMark : "") : null),
        new("施策の評価", 12, l => l.Measure.Rating.Label),
        new("施策の評価の対象", 14, l => l.Measure.Rating.Coverage),
        new("施策の評価の導き方", 40, l => l.Measure.Rating.Explanation),
        new("取組実績（Do）", 50, l => l.Measure.DoText),
        new("自己評価（Check）", 10, l => l.Measure.SelfRating),
        new("自己評価の理由", 40, l => l.Measure.SelfRatingReason),
        new("改善・今後の方向性（Action）", 50, l => l.Measure.ActionText),
        new("企画担当のコメント", 30, l => l.Measure.ReviewComment),
        new("公表後の訂正", 40, l => l.Measure.CorrectionNotes.Count == 0 ? null : string.Join("\n", l.Measure.CorrectionNotes)),
        new(ProjectCountHeader, 12, l => l.Measure.Projects.Count),
        new(ProjectTotalHeader, 16, l => l.Measure.ProjectTotal),
    ];

    /// <summary>
    /// A number in its indicator's decimals, as the page prints it: the expected value on the path is a division, a
    /// stored baseline may carry the column's scale (105.0), and an actual may be typed finer than the source (923.46g
    /// where the plan counts whole grams, 97.26% where it prints 97.3%).
    /// </summary>
    private static decimal? InDecimals(ReportLine line, decimal? value) =>
        value is { } v && line.Indicator is { } i ? Math.Round(v, i.Indicator.Decimals, MidpointRounding.AwayFromZero) : value;

    /// <summary>Shares are stored cut to the 0.1% grid, so the cell's 0.0% format never rounds one across a band bound.</summary>
    private static decimal? Floor(decimal? ratio) => ratio is { } r ? PercentText.FloorRatio(r) : null;
}
