using System.Net;
using System.Text;
using AsoPlan.Core.Budget;
using AsoPlan.Core.Workflow;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace AsoPlan.Web.Tests.Budget;

/// <summary>
/// The planning office's import of the finance system's 予算・決算 by 予算事業コード (実施施策16 and 12, codes FI-…), through
/// the real page, file readers, workflow and database: applied as drafts for the section, or refused whole.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class FinanceImportTests(WorkflowPortal portal)
{
    private const string Url = "/planning/finance-import";
    private const string Header = "年度,予算事業コード,事業名,当初予算額（千円）,補正予算額（千円）,決算額（千円）,国庫支出金（千円）,県支出金（千円）,地方債（千円）,その他（千円）,一般財源（千円）";

    /// <summary>Empty records for 実施施策16 and 12 in 2022–2024, and 予算事業コード on three projects; M16-P01 has a section's draft year.</summary>
    private async Task PrepareAsync()
    {
        foreach (var (measure, year) in new[] { (16, 2022), (16, 2023), (12, 2022), (12, 2023), (12, 2024) })
        {
            await portal.SetRecordStateAsync(measure, year, null);
        }

        await portal.WithDbAsync(async db =>
        {
            var projects = await db.Projects.Where(p => p.Code == "M16-P01" || p.Code == "M16-P02" || p.Code == "M12-P01").ToListAsync();
            foreach (var project in projects)
            {
                project.BudgetCode = "FI-" + project.Code[1..3] + project.Code[^2..];
            }

            var p01 = projects.Single(p => p.Code == "M16-P01");
            db.PdcaRecords.Add(new PdcaRecord
            {
                MeasureId = p01.MeasureId,
                FiscalYear = 2023,
                State = RecordState.Draft,
                Projects = [new ProjectRecord { ProjectId = p01.Id, Settlement = 900m, GeneralFunds = 900m, StaffEffort = 0.3m, Activity1Name = "相談件数", Direction = ProjectDirection.Continue }],
            });
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task A_finance_file_is_taken_in_as_drafts_keeping_what_the_section_entered_in_blank_columns()
    {
        await PrepareAsync();
        await portal.SetWindowAsync(2023, open: true);
        using var planning = await portal.PlanningAsync();
        var csv = Header + "\r\n"
            + "2023,FI-1601,参考の事業名,5000,,4800,2400,,,,2400\r\n"
            + "令和5年度,ＦＩ－１６０２,,\"1,200\",-100,1100,,,,,1100\r\n"
            + "R6,FI-1201,,3000,,,,,,,\r\n";

        using var response = await UploadAsync(planning, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "yosan.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = Html.Text(await planning.Client.GetPageAsync(Url));
        Assert.Contains("予算・決算を取り込み、実施施策16 令和5年度（2事業）、実施施策12 令和6年度（1事業）の記録に下書きとして保存しました。", page, StringComparison.Ordinal);
        var record = (await portal.RecordAsync(16, 2023))!;
        Assert.Equal(RecordState.Draft, record.State);
        var p01 = record.Projects.Single(p => p.Project!.Code == "M16-P01");
        Assert.Equal(
            ((decimal?)5000m, (decimal?)4800m, (decimal?)2400m, (decimal?)2400m, (decimal?)0.3m, "相談件数", (ProjectDirection?)ProjectDirection.Continue),
            (p01.InitialBudget, p01.Settlement, p01.NationalFunds, p01.GeneralFunds, p01.StaffEffort, p01.Activity1Name, p01.Direction));
        var p02 = record.Projects.Single(p => p.Project!.Code == "M16-P02");
        Assert.Equal(((decimal?)1200m, (decimal?)-100m, (decimal?)1100m), (p02.InitialBudget, p02.SupplementaryBudget, p02.Settlement));
        var created = (await portal.RecordAsync(12, 2024))!;
        Assert.Equal(RecordState.Draft, created.State);
        Assert.Equal(3000m, Assert.Single(created.Projects).InitialBudget);

        // Audited on the record as the office's import, shown in its history; the section finds the amounts on its form.
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityKey == "M16/2023" && a.Action == RecordActions.FinanceImport));
        Assert.Equal(planning.Email, audit.Actor);
        Assert.Contains("\"Settlement\":900", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"Settlement\":4800", audit.After, StringComparison.Ordinal);
        Assert.Contains("予算・決算の取込（下書き）", Html.Text(await planning.Client.GetPageAsync("/planning/records/16/2023/history")), StringComparison.Ordinal);
        var section = await portal.WithDbAsync(db => db.Measures.Where(m => m.Number == 16).Select(m => m.OwnerSection!.Code).SingleAsync());
        using var staff = await portal.StaffAsync(section);
        var form = await staff.Client.GetPageAsync("/staff/records/16/2023");
        Assert.Contains("value=\"4800\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shift_jis_csv_as_excel_saves_it_is_read()
    {
        await PrepareAsync();
        using var planning = await portal.PlanningAsync();
        var shiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

        using var response = await UploadAsync(planning, shiftJis.GetBytes(Header + "\r\n2022,FI-1201,道路,800,,750,,,,,750\r\n"), "yosan-sjis.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(750m, Assert.Single((await portal.RecordAsync(12, 2022))!.Projects).Settlement);
    }

    [Fact]
    public async Task A_broken_finance_file_is_refused_whole_with_each_problem_by_row_and_column()
    {
        await PrepareAsync();
        await portal.SetRecordStateAsync(12, 2022, RecordState.Approved);
        using var planning = await portal.PlanningAsync();
        var imports = await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == RecordActions.FinanceImport));
        var rows = new List<Dictionary<string, object?>>
        {
            Row(2023, "FI-1601", 5000d, 4800d, 2400d, 2400d), // correct, and must not be stored
            Row(2023, "NO-SUCH", 100d, 100d, null, 100d),
            Row(2023, "FI-1601", 5000d, 4800d, 2400d, 2400d),
            Row(2023, "FI-1602", "約千", 1000d, null, 1000d),
            Row(2023, "FI-1201", 1000d, 1000d, null, 900d),
            Row(2019, "FI-1602", 100d, 100d, null, 100d),
            Row(2022, "FI-1201", 100d, 100d, null, 100d),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(rows);

        using var response = await UploadAsync(planning, stream.ToArray(), "yosan.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = Html.Text(await response.BodyAsync());
        Assert.Contains("yosan.xlsx を取り込めませんでした。次の 6 件を直して", text, StringComparison.Ordinal);
        string[] expected =
        [
            "行3 列B（予算事業コード）: 予算事業コード「NO-SUCH」の事務事業が計画にありません",
            "行4 列B（予算事業コード）: 予算事業コード「FI-1601」の令和5年度の行が重複しています（行2と同じ事務事業・年度です）。",
            "行5 列D（当初予算額（千円））: 当初予算額: 数値として読み取れません。",
            "行6 列K（一般財源（千円））: 事務事業「",
            "行7 列A（年度）: 令和元年度は今の計画期間（令和3年度〜令和6年度）の年度ではありません。",
            "行8 列A（年度）: 実施施策12の令和4年度の記録は承認済のため、取り込めません",
        ];
        var positions = expected.Select(e => text.IndexOf(e, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0), "missing: " + string.Join("\n", expected.Where((e, i) => positions[i] < 0)) + "\n" + text);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("と一致しません（差 100千円）", text, StringComparison.Ordinal);
        var record = (await portal.RecordAsync(16, 2023))!;
        Assert.Equal(900m, Assert.Single(record.Projects).Settlement);
        Assert.Null(await portal.RecordAsync(12, 2023));
        Assert.Equal(imports, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == RecordActions.FinanceImport)));
    }

    [Fact]
    public async Task The_templates_carry_the_documented_headings_and_only_the_planning_office_may_import()
    {
        using var planning = await portal.PlanningAsync();
        var csv = await planning.Client.GetByteArrayAsync(new Uri(Url + "/template.csv", UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Equal(Header + "\r\n", Encoding.UTF8.GetString(csv[3..]));
        var xlsx = await planning.Client.GetByteArrayAsync(new Uri(Url + "/template.xlsx", UriKind.Relative));
        Assert.Empty(XlsxValidation.Errors(xlsx));
        using (var stream = new MemoryStream(xlsx))
        {
            Assert.Equal(Header.Split(','), ((IDictionary<string, object?>)stream.Query(useHeaderRow: false).First()).Values.Select(v => v?.ToString()));
        }

        using (var untouched = await UploadAsync(planning, xlsx, "様式.xlsx"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, untouched.StatusCode);
            Assert.Contains("取り込む行がありません", Html.Text(await untouched.BodyAsync()), StringComparison.Ordinal);
        }

        using (var notAFile = await UploadAsync(planning, [0x00, 0x01, 0x02], "x.csv"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, notAFile.StatusCode);
        }

        using var staff = await portal.StaffAsync("seisaku-bosai");
        await staff.Client.GetPageAsync(Url, HttpStatusCode.Forbidden);
        await staff.Client.GetPageAsync(Url + "/template.csv", HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, object?> Row(int year, string code, object initial, object settlement, object? national, object general) => new()
    {
        ["年度"] = year,
        ["予算事業コード"] = code,
        ["事業名"] = null,
        ["当初予算額（千円）"] = initial,
        ["補正予算額（千円）"] = null,
        ["決算額（千円）"] = settlement,
        ["国庫支出金（千円）"] = national,
        ["県支出金（千円）"] = null,
        ["地方債（千円）"] = null,
        ["その他（千円）"] = null,
        ["一般財源（千円）"] = general,
    };

    private static Task<HttpResponseMessage> UploadAsync(SignedIn planning, byte[] content, string fileName) =>
        TestWorkbook.PostFileAsync(planning.Client, Url, content, fileName, "application/octet-stream");
}
