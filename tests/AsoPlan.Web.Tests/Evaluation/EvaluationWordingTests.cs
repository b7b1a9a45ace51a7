using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AsoPlan.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace AsoPlan.Web.Tests.Evaluation;

/// <summary>
/// What the portal tells people about R3, with R3 approved through the real pages (see <see cref="EvaluationPortal"/>):
/// no page or file calls an interim year's rating 達成, every value worse than its baseline is marked in words,
/// and a measure rated on too few indicators says 評価保留 with its coverage.
/// </summary>
[Collection(EvaluationTests.Name)]
public sealed partial class EvaluationWordingTests(EvaluationPortal portal)
{
    /// <summary>The R3 values on the wrong side of their baseline: ごみ, 生活困窮者, 耕作放棄地, あっせん (floor), 汚水処理 (floor).</summary>
    private static readonly string[] WorseCodes = ["M06-I02", "M06-I03", "M08-I01", "M08-I02", "M14-I02"];

    [Fact]
    public async Task No_page_report_workbook_or_open_data_file_calls_an_R3_rating_achieved()
    {
        using var anonymous = portal.Anonymous();
        using var planning = await portal.PlanningClientAsync();
        var texts = new Dictionary<string, string>();
        foreach (var measure in EvaluationPortal.Approved.Select(a => a.Measure))
        {
            // Where the page rates: the indicator table (with the measure's row) and the charts' tables. The legend
            // under the table names the target year's words too, and the plan's own notes are prose; neither is a rating.
            var html = await anonymous.GetPageAsync($"/measures/{measure}");
            texts[$"/measures/{measure}"] = string.Join("\n", RatingParts().Matches(html).Select(m => Html.Text(m.Value)));
        }

        // /progress: the measures' ratings and every table's headings (the SDG goals' own names, such as
        // 「パートナーシップで目標を達成しよう」, are not ratings)
        var progress = await anonymous.GetPageAsync("/progress?year=2021");
        texts["/progress"] = Html.Text(Html.Section(progress, "public-measures", "table")) + string.Join("\n", TableHead().Matches(progress).Select(m => Html.Text(m.Value)));
        texts["indicators.csv"] = await anonymous.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative));
        texts["indicators.json"] = await anonymous.GetStringAsync(new Uri("/opendata/indicators.json", UriKind.Relative));
        texts["report"] = Html.Text(await planning.GetPageAsync("/planning/report?year=2021"));
        texts["report.csv"] = await planning.GetStringAsync(new Uri("/planning/report/csv?year=2021", UriKind.Relative));
        texts["report.xlsx"] = string.Join("\n", await WorkbookCellsAsync(planning));
        var dashboard = await planning.GetPageAsync("/planning/dashboard?year=2021");
        texts["dashboard"] = Html.Text(Html.Section(dashboard, "behind", "table") + Html.Section(dashboard, "measures", "table")) + string.Join("\n", TableHead().Matches(dashboard).Select(m => Html.Text(m.Value)));
        texts["drill-down"] = Html.Text(await planning.GetPageAsync("/planning/dashboard/measures/13"));

        foreach (var (where, text) in texts)
        {
            Assert.DoesNotContain("目標達成", text, StringComparison.Ordinal);
            var claim = Achieved().Match(text);
            Assert.False(claim.Success, $"{where} says 「{(claim.Success ? text.Substring(Math.Max(0, claim.Index - 30), 60) : "")}」");
        }

        // 24 of 40 bridges in R3 is ahead of the expected path, and says so
        var bridges = Html.Text(Html.Section(await anonymous.GetPageAsync("/measures/13"), "indicator-M13-I01", "tr"));
        Assert.Contains("24橋 評価 A 順調", bridges, StringComparison.Ordinal);
        Assert.Contains("B おおむね順調", texts["/measures/13"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_worse_than_baseline_value_is_marked_in_words_on_the_measure_page_and_its_chart()
    {
        using var anonymous = portal.Anonymous();
        foreach (var (measure, _, _) in EvaluationPortal.Approved)
        {
            var html = await anonymous.GetPageAsync($"/measures/{measure}");
            foreach (var code in Codes(html))
            {
                var r3 = Html.Text(Cell(Html.Section(html, $"indicator-{code}", "tr"), 4));
                var chart = Html.Text(Html.Section(html, $"chart-{code}", "figure"));
                Assert.Equal(WorseCodes.Contains(code), r3.Contains("基準値より悪化", StringComparison.Ordinal));
                Assert.Equal(WorseCodes.Contains(code), chart.Contains("基準値より悪化", StringComparison.Ordinal));
            }
        }

        var waste = Html.Text(Html.Section(await anonymous.GetPageAsync("/measures/8"), "indicator-M08-I01", "tr"));
        Assert.Contains("923g 評価 A 順調 基準値より悪化", waste, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_lists_each_worse_value_beside_its_measure_and_counts_them()
    {
        using var anonymous = portal.Anonymous();
        var html = await anonymous.GetPageAsync("/progress?year=2021");

        var list = Html.Text(Html.Section(html, "worse-values", "ul"));
        Assert.Contains("実施施策8 市民1人が排出する1日当たりのごみの量 : 923g（基準値 922g）", list, StringComparison.Ordinal);
        Assert.Contains("実施施策14 阿蘇市生活排水水洗化率(汚水処理人口普及率) : 65.10%（基準値 65.33%）", list, StringComparison.Ordinal);
        Assert.Contains("実施施策6 耕作放棄地の発生・防止 : 34.0ha（基準値 33.8ha）", list, StringComparison.Ordinal);
        Assert.Equal(WorseCodes.Length, Regex.Matches(html[html.IndexOf("id=\"worse-values\"", StringComparison.Ordinal)..], "<li>").Count(m => m.Index < html[html.IndexOf("id=\"worse-values\"", StringComparison.Ordinal)..].IndexOf("</ul>", StringComparison.Ordinal)));
        var eight = Html.Text(Html.Section(html, "measure-8", "tr"));
        Assert.Contains("基準値より悪化: 市民1人が排出する1日当たりのごみの量 923g（基準値 922g）", eight, StringComparison.Ordinal);
        Assert.Equal(WorseCodes.Length, Progress.TallyCells.Read(html, "public-whole", "全指標").WorseThanBaseline);
    }

    [Fact]
    public async Task Dashboard_report_and_open_data_mark_the_same_values()
    {
        using var anonymous = portal.Anonymous();
        using var planning = await portal.PlanningClientAsync();

        var csv = Csv.Rows((await anonymous.GetStringAsync(new Uri("/opendata/indicators.csv", UriKind.Relative))).TrimStart('\uFEFF'));
        Assert.Equal(WorseCodes, csv.Where(r => r["令和3年度基準値より悪化"] == "該当").Select(r => r["指標コード"]).Order());
        using var json = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("/opendata/indicators.json", UriKind.Relative)));
        Assert.Equal(WorseCodes, json.RootElement.GetProperty("indicators").EnumerateArray()
            .Where(i => i.GetProperty("worseThanBaselineR3").ValueKind == JsonValueKind.String && i.GetProperty("worseThanBaselineR3").GetString() == "該当")
            .Select(i => i.GetProperty("indicatorCode").GetString()).Order());

        var dashboard = Html.Text(Html.Section(await planning.GetPageAsync("/planning/dashboard?year=2021"), "behind", "table"));
        Assert.Contains("市民1人が排出する1日当たりのごみの量 923g 924g 目標値以下（目標値との差 −1g） A 順調 基準値より悪化", dashboard, StringComparison.Ordinal);

        var report = await planning.GetPageAsync("/planning/report?year=2021");
        var wasteLine = Html.Text(Html.Section(report, "measure-8", "section"));
        Assert.Contains("目標値以下（目標値との差 −1g） 基準値より悪化 A 順調", wasteLine, StringComparison.Ordinal);
        var cells = await WorkbookCellsAsync(planning);
        Assert.Equal(WorseCodes.Length, cells.Count(c => c == "該当"));
    }

    [Fact]
    public async Task A_measure_rated_on_too_few_indicators_is_withheld_with_its_coverage_everywhere()
    {
        using var anonymous = portal.Anonymous();
        using var planning = await portal.PlanningClientAsync();

        var progress = Html.Text(Html.Section(await anonymous.GetPageAsync("/progress?year=2021"), "measure-14", "tr"));
        Assert.Contains("評価保留 5件中2件を評価", progress, StringComparison.Ordinal);
        Assert.Contains("5件中2件を評価。評価できた指標が半数に満たないため、施策の評価を保留しています。", progress, StringComparison.Ordinal);

        var page = Html.Text(Html.Section(await anonymous.GetPageAsync("/measures/14"), "measure-rating", "tr"));
        Assert.Contains("施策の評価（成果指標の評価から算定） 評価保留 5件中2件を評価 未公表 未公表 未公表", page, StringComparison.Ordinal);

        var report = Html.Text(Html.Section(await planning.GetPageAsync("/planning/report?year=2021"), "measure-14", "section"));
        Assert.Contains("施策の評価: 評価保留 （5件中2件を評価。評価できた指標が半数に満たないため、施策の評価を保留しています。）", report, StringComparison.Ordinal);

        // 実施施策13: six of seven rated, the 未確定 one counted as D, so B and not the A the six alone would give
        var thirteen = Html.Text(Html.Section(await anonymous.GetPageAsync("/progress?year=2021"), "measure-13", "tr"));
        Assert.Contains("B おおむね順調 7件中6件を評価", thirteen, StringComparison.Ordinal);
        Assert.Contains("7件中6件を評価（A 3件・B 2件・C 1件、評価できない1件はD（1点）として計算）の平均点 3.00", thirteen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_with_nothing_rated_is_unrated_not_withheld_on_the_dashboard_and_report()
    {
        // 実施施策3 (six indicators) has nothing submitted for R3: there is no judgement to withhold
        using var planning = await portal.PlanningClientAsync();
        var dashboard = await planning.GetPageAsync("/planning/dashboard?year=2021");
        var start = dashboard.IndexOf("<tr data-measure=\"3\">", StringComparison.Ordinal);
        var row = Html.Text(dashboard[start..dashboard.IndexOf("</tr>", start, StringComparison.Ordinal)]);
        Assert.Contains("未評価 6件中0件を評価", row, StringComparison.Ordinal);
        Assert.Contains("評価できた成果指標がないため、施策は未評価です。", row, StringComparison.Ordinal);
        Assert.DoesNotContain("保留", row, StringComparison.Ordinal);

        var report = Html.Text(Html.Section(await planning.GetPageAsync("/planning/report?year=2021"), "measure-3", "section"));
        Assert.Contains("施策の評価: 未評価 （6件中0件を評価。評価できた成果指標がないため、施策は未評価です。）", report, StringComparison.Ordinal);
        Assert.DoesNotContain("保留", report, StringComparison.Ordinal);
        Assert.Contains("6件中0件を評価。評価できた成果指標がないため、施策は未評価です。", await planning.GetStringAsync(new Uri("/planning/report/csv?year=2021", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_share_just_short_of_the_path_is_printed_below_100_percent()
    {
        using var planning = await portal.PlanningClientAsync();
        var report = Html.Text(Html.Section(await planning.GetPageAsync("/planning/report?year=2021"), "measure-4", "section"));

        Assert.Contains("3,761,576人 進捗率 24.9%（想定の 99.9%） B おおむね順調", report, StringComparison.Ordinal);
        Assert.DoesNotContain("100.0%", report, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Codes(string html) =>
        IndicatorRow().Matches(html).Select(m => m.Groups[1].Value).Distinct();

    /// <summary>The n-th cell (th or td, from 1) of a table row.</summary>
    private static string Cell(string row, int n) => CellPattern().Matches(row)[n - 1].Value;

    private static async Task<List<string>> WorkbookCellsAsync(HttpClient planning)
    {
        using var book = new MemoryStream(await planning.GetByteArrayAsync(new Uri("/planning/report/workbook?year=2021", UriKind.Relative)));
        return [.. MiniExcel.GetSheetNames(book).SelectMany(sheet => MiniExcel.Query(book, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>())
            .SelectMany(row => row.Values).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")];
    }

    /// <summary>達成 as a claim: not the word 達成度 (degree of achievement, a column heading).</summary>
    [GeneratedRegex("達成(?!度)")]
    private static partial Regex Achieved();

    [GeneratedRegex("<table class=\"table table-bordered align-middle indicator-table\">.*?</table>|<figure class=\"indicator-chart\".*?</figure>", RegexOptions.Singleline)]
    private static partial Regex RatingParts();

    [GeneratedRegex("<thead.*?</thead>", RegexOptions.Singleline)]
    private static partial Regex TableHead();

    [GeneratedRegex("<tr id=\"indicator-(M\\d\\d-I\\d\\d)\"")]
    private static partial Regex IndicatorRow();

    [GeneratedRegex("<t[hd][ >].*?</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
