using System.Globalization;
using System.Net;
using System.Text;
using AsoPlan.Core.Budget;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace AsoPlan.Web.Tests.Budget;

/// <summary>
/// An approved project year (実施施策9, M09-P01, 令和4年度) as the outputs print it: the 事務事業評価シート page and the
/// measure's workbook of sheets, the yearly report's page, CSV and workbook — the numbers of the measure page and
/// projects.csv, and nothing before approval.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class ProjectOutputsTests(WorkflowPortal portal)
{
    private const int Measure = 9;
    private const int Year = 2022;
    private const string Code = "M09-P01";

    [Fact]
    public async Task An_approved_project_year_reaches_its_sheet_the_measure_workbook_and_the_report_with_the_same_numbers_and_nothing_before()
    {
        await portal.SetWindowAsync(Year, open: true);
        await portal.SetRecordStateAsync(Measure, Year, null);
        var rate = await UnitCostAsync();
        var personnel = Math.Round(0.5m * rate, MidpointRounding.AwayFromZero);
        var total = (11200m + personnel).ToString("#,0", CultureInfo.InvariantCulture) + "千円";
        var section = await portal.WithDbAsync(db => db.Measures.Where(m => m.Number == Measure && m.Policy!.PlanPeriod!.IsCurrent).Select(m => m.OwnerSection!.Code).SingleAsync());
        using var staff = await portal.StaffAsync(section);
        var form = await staff.Client.GetPageAsync($"/staff/records/{Measure}/{Year}");
        var fields = StaffEntryTests.Fields(form);
        var indicators = fields.Count(f => f.Key.EndsWith("].IndicatorId", StringComparison.Ordinal));
        Assert.Equal(Code, await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == int.Parse(HtmlForm.Value(fields, "Form.Projects[0].ProjectId")!, CultureInfo.InvariantCulture)).Select(p => p.Code).SingleAsync()));
        await Journeys.SaveAndSubmitAsync(staff.Client, Measure, Year, StaffEntryTests.Token(form), Project(StaffEntryTests.Complete(fields, indicators)));

        using var anonymous = portal.Anonymous();
        using var planning = await portal.PlanningAsync();
        await anonymous.GetPageAsync($"/projects/{Code}/{Year}", HttpStatusCode.NotFound);
        await anonymous.GetPageAsync($"/measures/{Measure}/project-sheets/{Year}", HttpStatusCode.NotFound);
        Assert.DoesNotContain("実施施策9の事務事業のコスト", Html.Text(await planning.Client.GetPageAsync($"/planning/report?year={Year}")), StringComparison.Ordinal);
        using (var approved = await Journeys.ApproveAsync(planning, Measure, Year))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        // The sheet page: every part of a 事務事業評価シート, from the published copy.
        var sheet = Html.Text(await anonymous.GetPageAsync($"/projects/{Code}/{Year}"));
        foreach (var expected in new[]
        {
            "事務事業評価シート（令和4年度）", "予算現額（当初＋補正） 11,500千円", "決算額 11,200千円", "財源内訳: 国庫支出金 5,600千円", "財源内訳: 地方債 4,000千円",
            "財源内訳: 一般財源 1,600千円", "人工 0.5人工", $"単価（1人工あたり） {rate.ToString("#,0", CultureInfo.InvariantCulture)}千円", $"人件費（人工 × 単価） {personnel.ToString("#,0", CultureInfo.InvariantCulture)}千円",
            $"トータルコスト（決算額＋人件費） {total}", "活動指標1の目標 4橋", "活動指標1の実績 3橋", "今後の方向性 縮小", "理由 事業の見直しで対象が減ったため",
        })
        {
            Assert.Contains(expected, sheet, StringComparison.Ordinal);
        }

        // The measure's workbook: one sheet per project, valid, with the same amounts as numbers.
        var xlsx = await anonymous.GetByteArrayAsync(new Uri($"/measures/{Measure}/project-sheets/{Year}", UriKind.Relative));
        Assert.Empty(XlsxValidation.Errors(xlsx));
        using (var stream = new MemoryStream(xlsx))
        {
            Assert.Equal([Code], stream.GetSheetNames());
            var rows = stream.Query(useHeaderRow: true, sheetName: Code).Cast<IDictionary<string, object?>>().ToList();
            var line = rows.Single(r => Equals(r["項目"], "トータルコスト（決算額＋人件費）"));
            Assert.Equal(((double)(11200m + personnel), "千円"), (line["内容"], line["単位"]));
        }

        // The same total on the measure page and in projects.csv.
        Assert.Contains(total, Html.Text(await anonymous.GetPageAsync($"/measures/{Measure}")), StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(await anonymous.GetByteArrayAsync(new Uri("/opendata/projects.csv", UriKind.Relative)));
        Assert.Contains($",{Plain(11200m + personnel)},", csv.Split("\r\n").Single(l => l.StartsWith($"{Year},", StringComparison.Ordinal) && l.Contains(Code, StringComparison.Ordinal)), StringComparison.Ordinal);

        // The yearly report: the measure's cost on the page, in the CSV's measure columns and on the workbook's sheet 事務事業.
        var report = Html.Text(await planning.Client.GetPageAsync($"/planning/report?year={Year}"));
        Assert.Contains($"実施施策9の事務事業のコスト（承認済み・千円）: トータルコスト計 {total}", report, StringComparison.Ordinal);
        var reportCsv = Encoding.UTF8.GetString(await planning.Client.GetByteArrayAsync(new Uri($"/planning/report/csv?year={Year}", UriKind.Relative)));
        var header = reportCsv.Split("\r\n")[0].TrimStart('\uFEFF');
        Assert.EndsWith(",事務事業数（承認済み）,事務事業のトータルコスト（千円・承認済み）", header, StringComparison.Ordinal);
        var measureLines = reportCsv.Split("\r\n").Where(l => l.Contains($",{Measure},", StringComparison.Ordinal) && l.StartsWith("政策", StringComparison.Ordinal) && l.Split(',')[1] == $"{Measure}").ToList();
        Assert.NotEmpty(measureLines);
        Assert.All(measureLines, l => Assert.EndsWith($",1,{Plain(11200m + personnel)}", l, StringComparison.Ordinal));
        var workbook = await planning.Client.GetByteArrayAsync(new Uri($"/planning/report/workbook?year={Year}", UriKind.Relative));
        Assert.Empty(XlsxValidation.Errors(workbook));
        using (var stream = new MemoryStream(workbook))
        {
            var projects = stream.Query(useHeaderRow: true, sheetName: "事務事業").Cast<IDictionary<string, object?>>().ToList();
            var row = projects.Single(r => Equals(r["事業コード"], Code));
            Assert.Equal(((double)(11200m + personnel), "縮小"), (row["トータルコスト（千円）"], row["今後の方向性"]));
        }
    }

    private static string Plain(decimal amount) => amount.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The year's 単価: the one stored (another test may have fixed it), else 9,000千円 set now.</summary>
    private Task<decimal> UnitCostAsync() => portal.WithDbAsync(async db =>
    {
        var stored = await db.StaffCostRates.SingleOrDefaultAsync(r => r.FiscalYear == Year);
        if (stored is null)
        {
            stored = new StaffCostRate { FiscalYear = Year, UnitCost = 9000m, ChangedAt = DateTime.UtcNow, ChangedBy = "test" };
            db.StaffCostRates.Add(stored);
            await db.SaveChangesAsync();
        }

        return stored.UnitCost;
    });

    /// <summary>The first project's whole year: 12,000 budgeted, 500 cut, 11,200 spent (5,600 + 4,000 + 1,600), 0.5 人工, 縮小.</summary>
    private static List<KeyValuePair<string, string>> Project(List<KeyValuePair<string, string>> fields) => fields
        .With("Form.Projects[0].InitialBudget", "12000")
        .With("Form.Projects[0].SupplementaryBudget", "-500")
        .With("Form.Projects[0].Settlement", "11200")
        .With("Form.Projects[0].NationalFunds", "5600")
        .With("Form.Projects[0].LocalBonds", "4000")
        .With("Form.Projects[0].GeneralFunds", "1600")
        .With("Form.Projects[0].StaffEffort", "0.5")
        .With("Form.Projects[0].Activity1Name", "補修した橋梁数")
        .With("Form.Projects[0].Activity1Unit", "橋")
        .With("Form.Projects[0].Activity1Target", "4")
        .With("Form.Projects[0].Activity1Actual", "3")
        .With("Form.Projects[0].Direction", "Reduce")
        .With("Form.Projects[0].DirectionReason", "事業の見直しで対象が減ったため");
}
