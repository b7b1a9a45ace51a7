using System.Text.Json.Nodes;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using AsoPlan.Web.Shared.Spreadsheets;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace AsoPlan.Web.Features.FinalReview;

/// <summary>
/// The final review as files: a CSV of the final results (UTF-8 with BOM, no live formula: <see cref="CsvText"/>), the
/// same as JSON for open data, and a workbook of three sheets — the final results, each measure's review and the whole
/// period's words — written by <see cref="XlsxFile"/> (checked with the Open XML validator in the tests).
/// </summary>
public static class FinalReviewFiles
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public const string ResultsSheet = "指標の最終結果";

    public const string MeasuresSheet = "施策の総括";

    public const string PeriodSheet = "計画期間の総括";

    private static readonly string[] PeriodSheetColumns = ["項目", "内容"];

    public static string FileName(FinalReviewPage review, string extension)
    {
        ArgumentNullException.ThrowIfNull(review);
        return $"総括_{review.Period.Name}.{extension}";
    }

    public static byte[] Csv(FinalReviewPage review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var columns = FinalReviewColumns.For(review.Years);
        return CsvText.Write(columns.Select(c => c.Header), review.Lines.Select(line => columns.Select(c => CsvText.Field(c.Value(line)))));
    }

    /// <summary>The header line alone: the final results of a period that is not finished.</summary>
    public static byte[] EmptyCsv(IReadOnlyList<int> years) => CsvText.Write(FinalReviewColumns.For(years).Select(c => c.Header), []);

    /// <summary>
    /// final-results.json: whether the period is finished, its words and one item per line, numbers as numbers; a period
    /// that is not finished has no results (<paramref name="review"/> null).
    /// </summary>
    public static JsonObject Json(string source, PortalPeriod period, FinalReviewPage? review)
    {
        ArgumentNullException.ThrowIfNull(period);
        var columns = FinalReviewColumns.For(period.Years);
        var items = new JsonArray();
        foreach (var line in review?.Lines ?? [])
        {
            var item = new JsonObject();
            foreach (var column in columns)
            {
                item[column.JsonName] = column.Value(line) switch
                {
                    null => null,
                    decimal number => JsonValue.Create(number),
                    int number => JsonValue.Create(number),
                    var other => JsonValue.Create(other.ToString()),
                };
            }

            items.Add(item);
        }

        return new JsonObject
        {
            ["source"] = source,
            ["period"] = period.Label,
            ["finished"] = review is not null,
            ["finalFiscalYear"] = period.EndFiscalYear,
            ["periodResults"] = review?.PeriodWords?.Results,
            ["periodIssues"] = review?.PeriodWords?.Issues,
            ["results"] = items,
        };
    }

    public static byte[] Workbook(FinalReviewPage review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var columns = FinalReviewColumns.For(review.Years);
        var sheets = new Dictionary<string, object>
        {
            [ResultsSheet] = review.Lines.Select(line => columns.ToDictionary(c => c.Header, c => c.Value(line))).ToList(),
            [MeasuresSheet] = review.Measures.Select(MeasureRow).ToList(),
            [PeriodSheet] = PeriodRows(review),
        };
        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = true,
            FreezeRowCount = 1,
            TableStyles = TableStyles.Default,
            // Widths and formats by heading (no index: the three sheets have their own columns; a heading they share is the same column).
            DynamicColumns = [.. columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width, Format = c.Format })
                .Concat(PeriodSheetColumns.Select(h => new DynamicExcelColumn(h) { Width = h == "内容" ? 80 : 20 }))],
        };
        return XlsxFile.Write(sheets, configuration);
    }

    private static Dictionary<string, object?> MeasureRow(FinalMeasure measure) => new()
    {
        ["施策番号"] = measure.Number,
        ["施策名"] = measure.Title,
        ["担当課"] = measure.Section,
        ["施策の最終評価"] = measure.RatingLabel,
        ["施策の評価の対象"] = measure.Rating.Active == 0 ? null : measure.Rating.Coverage,
        ["最後の自己評価の年度"] = measure.Check is { } c ? ValueFormat.Wareki(c.FiscalYear) : null,
        ["自己評価（Check）"] = measure.Check?.SelfRating,
        ["改善・今後の方向性（Action）"] = measure.Check?.ActionText,
        ["施策の成果"] = measure.Words?.Results,
        ["施策の課題"] = measure.Words?.Issues,
    };

    private static List<Dictionary<string, object?>> PeriodRows(FinalReviewPage review) =>
    [
        new() { ["項目"] = "計画期間", ["内容"] = review.Period.Label },
        new() { ["項目"] = "計画期間全体の成果", ["内容"] = review.PeriodWords?.Results },
        new() { ["項目"] = "計画期間全体の課題", ["内容"] = review.PeriodWords?.Issues },
    ];
}
