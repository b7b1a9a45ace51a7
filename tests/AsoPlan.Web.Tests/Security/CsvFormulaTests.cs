using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// Texts that staff and the planning office type reach citizens and the planning office as CSV files opened in
/// Excel. A text Excel would run as a formula (<c>=HYPERLINK(…)</c> sends a click to another site) must arrive
/// as text, in every CSV; numbers, negative ones included, must stay numbers.
/// </summary>
public sealed class CsvFormulaTests(WorkflowPortal portal) : IClassFixture<WorkflowPortal>
{
    private const string Link = "=HYPERLINK(\"http://evil.example/\",\"詳細\")";

    private static readonly string[] StaffTexts = [Link, "+1+2", "-1+2", "@SUM(1,2)"];

    [Fact]
    public async Task Report_csv_and_open_data_csv_carry_typed_formulas_as_text_and_negative_numbers_as_numbers_and_the_workbook_keeps_strings()
    {
        await portal.SetWindowAsync(2021, open: true);
        using var staff = await portal.StaffAsync("nosei");
        using var planning = await portal.PlanningAsync();
        await RenameIndicatorAsync(planning, "M03-I01", Link);
        await SubmitAsync(staff);
        using (var approved = await Journeys.ApproveAsync(planning, 3, 2021))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var report = await CsvAsync(planning.Client, "/planning/report/csv?year=2021");
        var line = Assert.Single(report, r => r["成果指標"] == "'" + Link);
        Assert.Equal("'" + Link, line["取組実績（Do）"]);
        Assert.Equal("'+1+2", line["自己評価の理由"]);
        Assert.Equal("'-1+2", line["改善・今後の方向性（Action）"]);
        Assert.Equal("'@SUM(1,2)", Assert.Single(report, r => r["未確定の理由"].Length > 0)["未確定の理由"]);
        // 有害鳥獣捕獲従事者数 105 → 120 with 90 entered: progress −1, still a number Excel can calculate with
        Assert.Equal(-1m, decimal.Parse(line["進捗率"], NumberStyles.Number, CultureInfo.InvariantCulture));
        AssertNoFormula(report);
        await AssertWorkbookHasTextNotFormulaAsync(planning.Client, "/planning/report/workbook?year=2021", Link);

        var openData = await CsvAsync(portal.Anonymous(), "/opendata/indicators.csv");
        var series = Assert.Single(openData, r => r["指標コード"] == "M03-I01");
        Assert.Equal("'" + Link, series["指標名"]);
        Assert.Equal("90", series["令和3年度実績"]);
        AssertNoFormula(openData);
    }

    /// <summary>The xlsx report writes every text as a string cell: no formula element anywhere in the workbook.</summary>
    private static async Task AssertWorkbookHasTextNotFormulaAsync(HttpClient client, string url, string text)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }).ToList();
        Assert.DoesNotContain(parts, xml => xml.Contains("<x:f>", StringComparison.Ordinal) || xml.Contains("<f>", StringComparison.Ordinal) || xml.Contains("<f ", StringComparison.Ordinal));
        Assert.Contains(parts, xml => xml.Contains(System.Security.SecurityElement.Escape(text), StringComparison.Ordinal)
            || xml.Contains(text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    /// <summary>No field starts a formula: an apostrophe first, a lone sign, or a plain number.</summary>
    private static void AssertNoFormula(List<Dictionary<string, string>> rows)
    {
        foreach (var row in rows)
        {
            foreach (var (column, value) in row)
            {
                var dangerous = value.Length > 1 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal)
                    && !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
                Assert.False(dangerous, $"{column}: {value}");
            }
        }
    }

    private static async Task<List<Dictionary<string, string>>> CsvAsync(HttpClient client, string url)
    {
        var bytes = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Csv.Rows(new UTF8Encoding(false).GetString(bytes[3..]));
    }

    private static async Task RenameIndicatorAsync(SignedIn planning, string code, string name)
    {
        var action = $"/admin/plan/edit/indicators/{code}";
        var page = await planning.Client.GetPageAsync(action);
        using var response = await planning.Client.PostWithTokenAsync(action, HtmlForm.Token(page, action), HtmlForm.Fields(page, action)
            .With("Name", name).With("Reason", "試験のための変更"));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}\n{await response.BodyAsync()}");
    }

    private static async Task SubmitAsync(SignedIn staff)
    {
        var form = await staff.Client.GetPageAsync("/staff/records/3/2021");
        var fields = StaffEntryTests.Fields(form)
            .With("Form.Values[0].Value", "90").With("Form.Values[1].Value", "50").With("Form.Values[2].Value", "50")
            .With("Form.Values[3].Value", "10").With("Form.Values[4].Value", "10")
            .With("Form.Values[5].NotAvailable", "true").With("Form.Values[5].NotAvailableReason", StaffTexts[3])
            .With("Form.DoText", StaffTexts[0]).With("Form.SelfRating", "B")
            .With("Form.SelfRatingReason", StaffTexts[1]).With("Form.ActionText", StaffTexts[2]);
        await Journeys.SaveAndSubmitAsync(staff.Client, 3, 2021, StaffEntryTests.Token(form), fields);
    }
}
