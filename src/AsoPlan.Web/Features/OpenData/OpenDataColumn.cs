using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>
/// A field of the indicator open data: its CSV header, its JSON name, what it means, and its value.
/// The one list below defines indicators.csv, indicators.json and the column table on /opendata.
/// Numbers are written with the indicator's decimals unless <see cref="Decimals"/> says otherwise.
/// </summary>
public sealed record OpenDataColumn(string Header, string JsonName, string Meaning, Func<IndicatorSeries, object?> Value, int? Decimals = null)
{
    public static IReadOnlyList<OpenDataColumn> For(IReadOnlyList<int> reportingYears, RatingBands bands)
    {
        ArgumentNullException.ThrowIfNull(reportingYears);
        var targetYear = reportingYears.DefaultIfEmpty(0).Max();
        var columns = new List<OpenDataColumn>
        {
            new("施策番号", "measureNumber", "実施施策の番号（1〜20）", s => s.MeasureNumber),
            new("施策名", "measureTitle", "実施施策の名称", s => s.MeasureTitle),
            new("政策番号", "policyNumber", "実施施策が属する政策の番号（1〜6）", s => s.PolicyNumber),
            new("担当課", "section", "実施施策を担当する課", s => s.Section),
            new("指標コード", "indicatorCode", "成果指標の系列を表すコード（例: M13-I03）", s => s.Row.Code),
            new("指標名", "indicatorName", "成果指標の名称（2系列の指標は系列ごとの名称）", s => s.Row.Name),
            new("単位", "unit", "値の単位", s => s.Row.Unit),
            new("目指す方向", "direction", "増加を目指す／減少を目指す／目標値以上を維持／目標値以下を維持", s => s.Row.Direction.Japanese()),
            new("基準年度", "baselineFiscalYear", "基準値の年度（西暦。2020 は令和2年度）。基準値がない指標は空欄", s => s.Row.BaselineFiscalYear),
            new("基準値", "baselineValue", "基準値。計画書に基準値がない指標は空欄", s => s.Row.BaselineValue),
            new("目標年度", "targetFiscalYear", "目標値の年度（西暦）", s => s.Row.TargetFiscalYear),
            new("目標値", "targetValue", "目標値。「10%向上」のような相対目標は基準値から計算した値", s => s.Row.TargetValue),
            new("目標値の表記", "targetText", "計画書に記載された目標値の表記", s => s.Row.TargetText),
        };
        foreach (var year in reportingYears)
        {
            columns.Add(new(
                $"{ValueFormat.Wareki(year)}実績",
                $"actual{ValueFormat.ShortLabel(year)}",
                $"{ValueFormat.Wareki(year)}（{year}年度）の実績値。市の承認が済んだ値だけを掲載し、それ以外は空欄",
                s => s.Row.Actuals.FirstOrDefault(a => a.FiscalYear == year)?.Value));
            columns.Add(new(
                $"{ValueFormat.Wareki(year)}実績の状態",
                $"status{ValueFormat.ShortLabel(year)}",
                $"{ValueFormat.Wareki(year)}の実績の状態: 確定／速報値（確定値が出たら訂正で更新）／未確定（理由）／訂正済（公表後に訂正した値）。公表前は空欄",
                s => s.Row.Actuals.FirstOrDefault(a => a.FiscalYear == year)?.StatusLabel));
            columns.AddRange(AchievementColumns.For(year, EvaluationLabels.StageOf(year, targetYear), bands));
        }

        return columns;
    }
}
