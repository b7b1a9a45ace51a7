using System.Globalization;
using System.Net;
using System.Text;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace AsoPlan.Web.Tests.Progress;

[Collection(ProgressPortal.Name)]
public sealed class ReportTests(ProgressPortalFixture portal)
{
    private static readonly string[] Sheets = ["政策1 発展", "政策2 躍進", "政策3 元気", "政策4 健康", "政策5 安全", "政策6 安心"];

    [Fact]
    public async Task Workbook_has_a_sheet_per_policy_and_its_ratings_count_as_the_dashboard_and_the_engine()
    {
        using var client = await portal.PlanningClientAsync();
        using var response = await client.GetAsync(new Uri("/planning/report/workbook?year=2022", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("施策評価_令和4年度.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var book = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal([.. Sheets, "事務事業"], MiniExcel.GetSheetNames(book)); // the policies, then the approved project years
        var rows = Sheets.SelectMany(sheet => MiniExcel.Query(book, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()).ToList();
        var ratings = rows.Where(r => r["成果指標"] is not null).Select(r => (string)r["評価区分"]!).ToList();
        var fromBook = new RatingTally(
            ratings.Count(r => r == "A 順調"), // R4 is an interim year: its words speak of progress, not of the target
            ratings.Count(r => r == "B おおむね順調"),
            ratings.Count(r => r == "C やや遅れ"),
            ratings.Count(r => r == "D 遅れ"),
            ratings.Count(r => r == "未評価"),
            rows.Count(r => (r["基準値より悪化"] as string) == "該当"));

        var dashboard = TallyCells.Read(await client.GetPageAsync("/planning/dashboard?year=2022"), "tally-whole", "全指標");
        Assert.Equal(dashboard, fromBook);
        Assert.Equal(await EngineOracle.TallyAsync(portal.Factory, DemoActuals.R4, EngineOracle.SubmittedOrApproved), fromBook);
        Assert.Equal(72, ratings.Count);
    }

    [Fact]
    public async Task Workbook_numbers_are_numbers_with_the_engines_share_of_the_path()
    {
        using var client = await portal.PlanningClientAsync();
        var bytes = await client.GetByteArrayAsync(new Uri("/planning/report/workbook?year=2021", UriKind.Relative));
        using var book = new MemoryStream(bytes);
        var rows = MiniExcel.Query(book, useHeaderRow: true, sheetName: "政策2 躍進").Cast<IDictionary<string, object?>>().ToList();

        // 有害鳥獣捕獲従事者数 105人 → 120人: whatever R3 value the demo stored, the sheet's share is the engine's
        var hunters = rows.Single(r => (r["成果指標"] as string) == "有害鳥獣捕獲従事者数");
        var actual = Convert.ToDecimal(hunters["実績値"], CultureInfo.InvariantCulture);
        var engine = AchievementCalculator.Default.Evaluate(new IndicatorGoal(Core.Plan.IndicatorDirection.Increase, 0, 2020, 105m, 2024, 120m), 2021, actual);
        // stored cut to the 0.1% grid, so the cell's 0.0% format cannot round it across a band bound
        Assert.Equal((double)PercentText.FloorRatio(engine.ShareOfPath!.Value), Convert.ToDouble(hunters["想定に対する割合"], CultureInfo.InvariantCulture), 9);
        Assert.Equal(engine.Label, hunters["評価区分"]);
        // the path gives 108.75人; the sheet prints it in the indicator's decimals, as the page does
        Assert.Equal(109, Convert.ToDouble(hunters["当年度の想定値"], CultureInfo.InvariantCulture));
        Assert.Equal("承認済", hunters["記録の状態"]);
        Assert.Equal("実施施策3の取組実績（デモ）", hunters["取組実績（Do）"]);

        // measures 1 and 2 (policy 1) have no indicators but still have their line
        var priority = MiniExcel.Query(book, useHeaderRow: true, sheetName: "政策1 発展").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([1, 2], priority.Select(r => Convert.ToInt32(r["実施施策"], CultureInfo.InvariantCulture)));
        Assert.All(priority, r => Assert.Null(r["成果指標"]));
    }

    [Fact]
    public async Task Csv_is_utf8_with_bom_and_has_the_workbooks_lines()
    {
        using var client = await portal.PlanningClientAsync();
        using var response = await client.GetAsync(new Uri("/planning/report/csv?year=2021", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("施策評価_令和3年度.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false).GetString(bytes[3..]);
        Assert.StartsWith("政策,実施施策,施策名,担当課,記録の状態,承認・公表,成果指標", text, StringComparison.Ordinal);
        using var csv = new MemoryStream(bytes);
        var lines = MiniExcel.Query(csv, useHeaderRow: true, excelType: ExcelType.CSV).Cast<IDictionary<string, object?>>().ToList();
        // 72 indicator lines plus one line each for measures 1, 2 and 20, which have no indicators
        Assert.Equal(75, lines.Count);
        Assert.Equal(2, lines.Count(l => (l["政策"] as string) == "政策1「発展」")); // measures 1 and 2, no indicators
        Assert.Equal(15, lines.Count(l => (l["政策"] as string) == "政策2「躍進」")); // measures 3–6: 6 + 3 + 3 + 3
    }

    [Fact]
    public async Task Csv_and_workbook_print_no_number_with_more_decimals_than_its_indicator_and_rates_to_a_tenth_of_a_percent()
    {
        using var client = await portal.PlanningClientAsync();
        var decimals = Seed.Indicators.GroupBy(x => x.Indicator.Name).ToDictionary(g => g.Key, g => g.Max(x => x.Indicator.Decimals));
        var csvText = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/planning/report/csv?year=2022", UriKind.Relative)));
        using var book = new MemoryStream(await client.GetByteArrayAsync(new Uri("/planning/report/workbook?year=2022", UriKind.Relative)));
        var csvRows = Csv.Rows(csvText.TrimStart('\uFEFF')).Select(r => r.ToDictionary(kv => kv.Key, kv => (object?)kv.Value));
        var bookRows = Sheets.SelectMany(sheet => MiniExcel.Query(book, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>());
        var checkedCells = 0;

        foreach (var (source, row) in csvRows.Select(r => ("csv", (IDictionary<string, object?>)r)).Concat(bookRows.Select(r => ("xlsx", r))))
        {
            if (row["成果指標"] is not string name || string.IsNullOrEmpty(name))
            {
                continue;
            }

            foreach (var column in new[] { "基準値", "目標値", "当年度の想定値" })
            {
                var places = Places(row[column]);
                Assert.True(places <= decimals[name], $"{source} {name} {column}: {row[column]} has {places} decimals, the indicator {decimals[name]}");
                checkedCells += places >= 0 ? 1 : 0;
            }

            foreach (var column in new[] { "進捗率", "想定に対する割合" })
            {
                Assert.True(Places(row[column]) <= 3, $"{source} {name} {column}: {row[column]} is finer than a tenth of a percent");
            }
        }

        Assert.True(checkedCells > 100, "the report had too few numbers to check");
    }

    /// <summary>Decimal places of a cell as written (-1 when empty).</summary>
    private static int Places(object? cell) => Convert.ToString(cell, CultureInfo.InvariantCulture) is { Length: > 0 } text
        ? (text.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? text.Length - dot - 1 : 0)
        : -1;

    [Fact]
    public async Task Report_page_prints_on_A4_and_names_its_downloads()
    {
        using var client = await portal.PlanningClientAsync();
        var html = await client.GetPageAsync("/planning/report?year=2021");

        Assert.Contains("<h1>施策評価報告書 <small class=\"text-body-secondary\">令和3年度</small></h1>", html, StringComparison.Ordinal);
        Assert.Contains("/planning/report/workbook?year=2021", html, StringComparison.Ordinal);
        Assert.Contains("/planning/report/csv?year=2021", html, StringComparison.Ordinal);
        Assert.Contains("実施施策15", html, StringComparison.Ordinal);
        var css = await client.GetStringAsync(new Uri("/css/progress.css", UriKind.Relative));
        Assert.Contains("size: A4 landscape", css, StringComparison.Ordinal); // the report table needs the width (issue 17)
    }

    [Fact]
    public async Task A_bad_year_for_a_download_goes_back_to_the_page_with_the_message()
    {
        using var client = await portal.PlanningClientAsync();
        using var response = await client.GetAsync(new Uri("/planning/report/workbook?year=abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("指定された年度は対象外です。", html, StringComparison.Ordinal);
    }
}
