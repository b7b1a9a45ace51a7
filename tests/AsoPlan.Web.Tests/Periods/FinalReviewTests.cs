using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AsoPlan.Core.Progress;
using AsoPlan.Data;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace AsoPlan.Web.Tests.Periods;

/// <summary>
/// Issue 22, done when: with all R6 records approved, the final review page, its workbook and CSV and open data's final
/// results agree with the engine; the period's pages say it is finished; an R6 window cannot be opened afterwards.
/// </summary>
[Collection(FinalReviewPortalDefinition.Name)]
public sealed partial class FinalReviewTests(FinalReviewPortal portal)
{
    private const string ReviewPath = "/periods/aso-2-late/review";

    [Fact]
    public async Task The_last_approval_finishes_the_period_and_every_public_page_says_so_at_once()
    {
        Assert.DoesNotContain("この計画期間は終了しました", portal.MeasurePageBeforeLastApproval, StringComparison.Ordinal);

        // measure 13's page was cached before measure 20's approval, which evicts only measure 20's own pages
        // unless it finishes the period
        Assert.Contains("この計画期間は終了しました", portal.MeasurePageAfterLastApproval, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ReviewPath}\"", portal.MeasurePageAfterLastApproval, StringComparison.Ordinal);
        using var visitor = portal.Anonymous();
        foreach (var page in new[] { "/", "/policies/1", "/progress", "/opendata" })
        {
            Assert.Contains("この計画期間は終了しました", await visitor.GetPageAsync(page), StringComparison.Ordinal);
        }

        using var planning = await portal.ClientAsync(portal.PlanningEmail);
        Assert.Contains("終了（目標年度の記録がすべて承認済み）", await planning.GetPageAsync("/planning/period"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_an_R6_window_after_the_period_finished_is_refused_until_it_is_reopened_with_a_reason()
    {
        using var planning = await portal.ClientAsync(portal.PlanningEmail);
        using (var closed = await planning.SubmitFormAsync("/planning/windows", "/planning/windows/2024", [new("open", "false")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode); // closing the window the year was entered in is allowed
        }

        using var refused = await planning.SubmitFormAsync("/planning/windows", "/planning/windows/2024", [new("open", "true")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("令和6年度の計画期間は終了しています。入力期間を開くには、先に計画期間を理由を付けて再開してください。", await refused.BodyAsync(), StringComparison.Ordinal);

        using var noReason = await planning.SubmitFormAsync("/planning/period", "/planning/period", [new("reopen", "true"), new("reason", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("再開の理由を入力してください。", await noReason.BodyAsync(), StringComparison.Ordinal);
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        Assert.False(await db.EntryWindows.Where(w => w.FiscalYear == FinalReviewPortal.R6).Select(w => w.IsOpen).SingleAsync());
    }

    [Fact]
    public async Task The_review_page_gives_each_indicator_and_measure_the_engines_final_rating()
    {
        var oracle = await OracleAsync();
        using var visitor = portal.Anonymous();
        var page = await visitor.GetPageAsync(ReviewPath);

        var shown = FinalRatingCell().Matches(page).ToDictionary(m => m.Groups["code"].Value, m => WebUtility.HtmlDecode(m.Groups["label"].Value));
        Assert.Equal(72, shown.Count);
        foreach (var (code, judged) in oracle)
        {
            Assert.Equal(EvaluationLabels.LabelOrUnrated(judged.Achievement), shown[code]);
        }

        Assert.Contains(shown.Values, label => label == "A 達成"); // the target year speaks of achieving the target
        Assert.DoesNotContain(shown.Values, label => label.EndsWith("順調", StringComparison.Ordinal));
        var measures = MeasureRatingCell().Matches(page).ToDictionary(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m => WebUtility.HtmlDecode(m.Groups["label"].Value));
        Assert.Equal(20, measures.Count);
        foreach (var group in oracle.Values.GroupBy(j => j.MeasureNumber))
        {
            Assert.Equal(MeasureRating.Combine(group.Select(j => j.Achievement)).Label, measures[group.Key]);
        }

        Assert.Contains("この計画期間は終了しました", page, StringComparison.Ordinal);
        Assert.Contains("令和6年度の記録がすべて承認され、計画期間が終了しました。", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_and_the_workbook_agree_with_the_engine_and_open_data_publishes_the_same_results()
    {
        var oracle = await OracleAsync();
        var decimals = await DecimalsAsync();
        using var visitor = portal.Anonymous();
        var csvBytes = await visitor.GetByteArrayAsync(new Uri(ReviewPath + ".csv", UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        var rows = Csv.Rows(Encoding.UTF8.GetString(csvBytes[3..])).Where(r => r["指標コード"].Length > 0).ToDictionary(r => r["指標コード"]);
        Assert.Equal(72, rows.Count);

        var book = await visitor.GetByteArrayAsync(new Uri(ReviewPath + ".xlsx", UriKind.Relative));
        Assert.Empty(XlsxValidation.Errors(book));
        using var stream = new MemoryStream(book);
        Assert.Equal(["指標の最終結果", "施策の総括", "計画期間の総括"], MiniExcel.GetSheetNames(stream));
        var sheet = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "指標の最終結果").Cast<IDictionary<string, object?>>()
            .Where(r => r["指標コード"] is string).ToDictionary(r => (string)r["指標コード"]!);

        foreach (var (code, judged) in oracle)
        {
            var label = EvaluationLabels.LabelOrUnrated(judged.Achievement);
            Assert.Equal(label, rows[code]["最終評価の言葉"]);
            Assert.Equal(label, sheet[code]["最終評価の言葉"]);
            Assert.Equal(judged.Achievement?.Rating.ToString() ?? "", rows[code]["最終評価"]);
            if (judged.Achievement is { } a)
            {
                var difference = Math.Round(a.Actual - a.Target, decimals[code], MidpointRounding.AwayFromZero);
                Assert.Equal(difference, decimal.Parse(rows[code]["目標値との差"], CultureInfo.InvariantCulture));
                Assert.Equal((double)difference, Convert.ToDouble(sheet[code]["目標値との差"], CultureInfo.InvariantCulture), 9);
                Assert.Equal(a.WorseThanBaseline, rows[code]["基準値からの変化"] == EvaluationLabels.WorseThanBaseline);
            }
        }

        var openData = await visitor.GetByteArrayAsync(new Uri("/opendata/final-results.csv", UriKind.Relative));
        Assert.Equal(csvBytes, openData);
        var json = JsonNode.Parse(await visitor.GetStringAsync(new Uri("/opendata/final-results.json", UriKind.Relative)))!;
        Assert.True(json["finished"]!.GetValue<bool>());
        var items = json["results"]!.AsArray().Where(i => i!["indicatorCode"] is not null).ToDictionary(i => i!["indicatorCode"]!.GetValue<string>());
        Assert.Equal(oracle.Keys.Order(), items.Keys.Order());
        Assert.All(oracle, o => Assert.Equal(o.Value.Achievement?.Rating.ToString(), items[o.Key]!["finalRating"]?.GetValue<string>()));

        var index = await visitor.GetPageAsync("/opendata");
        Assert.Contains("final-results.csv", index, StringComparison.Ordinal);
        Assert.Contains("<code>finalRatingLabel</code>", index, StringComparison.Ordinal);
    }

    /// <summary>The engine's R6 judgement of every stored value, straight from the tables (R6 is all approved).</summary>
    private async Task<Dictionary<string, EngineOracle.Judged>> OracleAsync()
    {
        var judged = await EngineOracle.JudgeAsync(portal.Factory, FinalReviewPortal.R6);
        Assert.All(judged, j => Assert.Equal(Core.Workflow.RecordState.Approved, j.State));
        Assert.Contains(judged, j => j.Achievement is null); // 未確定 rows are part of the final results too
        return judged.ToDictionary(j => j.IndicatorCode);
    }

    private async Task<Dictionary<string, int>> DecimalsAsync()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>().Indicators.ToDictionaryAsync(i => i.Code, i => i.Decimals);
    }

    [GeneratedRegex("data-final=\"(?<code>M\\d\\d-I\\d\\d)\">\\s*<(?:strong|span)[^>]*data-final-rating>(?<label>[^<]+)<")]
    private static partial Regex FinalRatingCell();

    [GeneratedRegex("data-measure-rating=\"(?<n>\\d+)\">(?<label>[^<]+)<")]
    private static partial Regex MeasureRatingCell();
}
