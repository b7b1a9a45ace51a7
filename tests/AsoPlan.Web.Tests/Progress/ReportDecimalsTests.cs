using System.Globalization;
using System.Net;
using System.Text;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using MiniExcelLibs;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>
/// Actuals typed finer than their indicator (市民生活課's 実施施策8, 令和5年度: 923.46 where the plan counts whole grams,
/// 97.26 where it prints 97.3%) reach the report page, CSV and workbook in the indicator's decimals; the workbook with
/// that record (one value a 速報値) still passes the Open XML validator, and every page, the CSV and the workbook mark the
/// 速報値 in words (and only it). A portal of its own: it opens a year.
/// </summary>
public sealed class ReportDecimalsTests(WorkflowPortal portal) : IClassFixture<WorkflowPortal>, IAsyncLifetime
{
    private const int Year = 2023;
    private const string Waste = "市民1人が排出する1日当たりのごみの量";
    private const string Solved = "支援により課題解決に繋がる変化が見られた生活困窮者の割合";
    private static readonly string[] Sheets = ["政策1 発展", "政策2 躍進", "政策3 元気", "政策4 健康", "政策5 安全", "政策6 安心"];

    public async Task InitializeAsync()
    {
        if (await portal.RecordAsync(8, Year) is not null)
        {
            return;
        }

        await portal.SetWindowAsync(Year, open: true);
        using var staff = await portal.StaffAsync("shimin");
        var url = $"/staff/records/8/{Year}";
        var form = await staff.Client.GetPageAsync(url);
        await Journeys.SaveAndSubmitAsync(staff.Client, 8, Year, StaffEntryTests.Token(form), StaffEntryTests.Fields(form)
            .With("Form.Values[0].Value", "923.46").With("Form.Values[0].Preliminary", "true")
            .With("Form.Values[1].Value", "97.26")
            .With("Form.Values[2].Value", "700")
            .With("Form.DoText", "ごみ減量の啓発を行った。")
            .With("Form.SelfRating", "B")
            .With("Form.SelfRatingReason", "概ね計画どおり。")
            .With("Form.ActionText", "来年度も継続する。"));
        using var planning = await portal.PlanningAsync();
        using var approved = await Journeys.ApproveAsync(planning, 8, Year);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Page_csv_and_workbook_print_an_actual_in_its_indicators_decimals()
    {
        using var planning = await portal.PlanningAsync();
        var page = Html.Text(await planning.Client.GetPageAsync($"/planning/report?year={Year}"));
        var csv = Csv.Rows(Encoding.UTF8.GetString(await planning.Client.GetByteArrayAsync(new Uri($"/planning/report/csv?year={Year}", UriKind.Relative))).TrimStart('\uFEFF'));
        using var book = new MemoryStream(await planning.Client.GetByteArrayAsync(new Uri($"/planning/report/workbook?year={Year}", UriKind.Relative)));
        var sheetRows = Sheets.SelectMany(sheet => MiniExcel.Query(book, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()).ToList();

        Assert.Contains("923g", page, StringComparison.Ordinal);
        Assert.Contains("97.3%", page, StringComparison.Ordinal);
        Assert.DoesNotContain("923.46", page, StringComparison.Ordinal);
        Assert.DoesNotContain("97.26", page, StringComparison.Ordinal);
        Assert.Equal("923", Single(csv, Waste)["実績値"]);
        Assert.Equal("97.3", Single(csv, Solved)["実績値"]);
        Assert.Equal(923m, Convert.ToDecimal(Single(sheetRows, Waste)["実績値"], CultureInfo.InvariantCulture));
        Assert.Equal(97.3m, Convert.ToDecimal(Single(sheetRows, Solved)["実績値"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_report_workbook_with_a_preliminary_value_passes_the_Open_XML_validator()
    {
        using var planning = await portal.PlanningAsync();
        var errors = XlsxValidation.Errors(await planning.Client.GetByteArrayAsync(new Uri($"/planning/report/workbook?year={Year}", UriKind.Relative)));
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors\n{string.Join('\n', errors.Take(20))}");
    }

    [Fact]
    public async Task The_report_page_csv_and_workbook_mark_the_preliminary_value_and_not_the_final_one()
    {
        using var planning = await portal.PlanningAsync();
        var page = await planning.Client.GetPageAsync($"/planning/report?year={Year}");
        var csv = Csv.Rows(Encoding.UTF8.GetString(await planning.Client.GetByteArrayAsync(new Uri($"/planning/report/csv?year={Year}", UriKind.Relative))).TrimStart('\uFEFF'));
        using var book = new MemoryStream(await planning.Client.GetByteArrayAsync(new Uri($"/planning/report/workbook?year={Year}", UriKind.Relative)));
        var sheetRows = Sheets.SelectMany(sheet => MiniExcel.Query(book, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()).ToList();

        Assert.Matches(@"^\s*" + Waste + @"\s+922g\s.*923g\s*（速報値）", Html.Text(RowOf(page, Waste)));
        Assert.DoesNotContain("速報値", Html.Text(RowOf(page, Solved)), StringComparison.Ordinal);
        Assert.Contains("実績値の「（速報値）」: 「速報値」は、統計などが確定する前の値です。", Html.Text(page), StringComparison.Ordinal);
        Assert.Equal("速報値", Single(csv, Waste)["実績の状態"]);
        Assert.Equal("確定", Single(csv, Solved)["実績の状態"]);
        Assert.Equal("速報値", Single(sheetRows, Waste)["実績の状態"]);
        Assert.Equal("確定", Single(sheetRows, Solved)["実績の状態"]);
    }

    /// <summary>The same value wherever else the portal shows it: the measure page's chart table, /progress, the dashboard and its drill-down.</summary>
    [Fact]
    public async Task Every_other_page_that_prints_the_preliminary_value_marks_it()
    {
        using var anonymous = portal.Anonymous();
        using var planning = await portal.PlanningAsync();
        var measure = await anonymous.GetPageAsync("/measures/8");
        Assert.Matches(@"令和5年度\s+923g（速報値）", Html.Text(Html.Section(measure, "chart-M08-I01", "figure")));
        Assert.Matches(@"令和5年度\s+97\.3%\s", Html.Text(Html.Section(measure, "chart-M08-I02", "figure")));
        Assert.DoesNotContain("97.3%（速報値）", Html.Text(measure), StringComparison.Ordinal);
        Assert.Contains("「速報値」は、統計などが確定する前の値です。", Html.Text(Html.Section(measure, "rating-legend", "ul")), StringComparison.Ordinal);
        Assert.Contains(ChartNotes(measure, "M08-I01"), n => n is not null && n.StartsWith("速報値・", StringComparison.Ordinal));
        Assert.DoesNotContain(ChartNotes(measure, "M08-I02"), n => n is not null && n.Contains("速報値", StringComparison.Ordinal));

        Assert.Matches(Waste + @"\s*: 923g（速報値）（基準値 922g）", Html.Text(Html.Section(await anonymous.GetPageAsync($"/progress?year={Year}"), "worse-values", "ul")));
        Assert.Contains("923g（速報値）", Html.Text(Html.Section(await planning.Client.GetPageAsync($"/planning/dashboard?year={Year}"), "behind", "table")), StringComparison.Ordinal);
        var drill = Html.Text(await planning.Client.GetPageAsync("/planning/dashboard/measures/8"));
        Assert.Contains("923g（速報値）", drill, StringComparison.Ordinal);
        Assert.DoesNotContain("97.3%（速報値）", drill, StringComparison.Ordinal);
    }

    /// <summary>The tooltip notes the chart script is given (the canvas's data-chart JSON).</summary>
    private static List<string?> ChartNotes(string html, string code)
    {
        var figure = Html.Section(html, $"chart-{code}", "figure");
        var json = System.Text.RegularExpressions.Regex.Match(figure, "data-chart=\"([^\"]*)\"").Groups[1].Value;
        using var chart = System.Text.Json.JsonDocument.Parse(WebUtility.HtmlDecode(json));
        return [.. chart.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.ValueKind == System.Text.Json.JsonValueKind.Null ? null : n.GetString())];
    }

    private static string RowOf(string html, string indicator)
    {
        var start = html.LastIndexOf("<tr", html.IndexOf($"<th scope=\"row\">{indicator}</th>", StringComparison.Ordinal), StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static IDictionary<string, T> Single<T>(IEnumerable<IDictionary<string, T>> rows, string indicator) =>
        Assert.Single(rows, r => r.TryGetValue("成果指標", out var name) && Equals(name, indicator));
}
