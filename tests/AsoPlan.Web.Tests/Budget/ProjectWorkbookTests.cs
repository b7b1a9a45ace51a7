using System.Net;
using AsoPlan.Core.Budget;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;

namespace AsoPlan.Web.Tests.Budget;

/// <summary>
/// The sheet 事務事業 of a section's entry workbook (政策防災課: 実施施策18 with 8 projects, M18-P01 広報誌発行 …), read by
/// the form's own reader: the same input becomes the same project year, and any mistake is listed by its cell with
/// nothing stored.
/// </summary>
[Collection(WorkflowTests.Name)]
public sealed class ProjectWorkbookTests(WorkflowPortal portal)
{
    private const string Section = "seisaku-bosai";
    private const string Sheet = "事務事業";

    private async Task ResetAsync(int year)
    {
        await portal.SetWindowAsync(year, open: true);
        foreach (var measure in new[] { 1, 2, 18 })
        {
            await portal.SetRecordStateAsync(measure, year, null);
        }
    }

    [Fact]
    public async Task A_filled_projects_sheet_becomes_the_same_project_year_as_the_same_input_typed_into_the_form()
    {
        await ResetAsync(2022);
        await ResetAsync(2023);
        using var staff = await portal.StaffAsync(Section);
        var workbook = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022); // 0 Open XML validation errors, checked there
        Assert.Equal(
            ["実施施策", "事業コード", "事務事業", "担当課", "予算事業コード", "当初予算額（千円）", "補正予算額（千円）", "決算額（千円）",
             "国庫支出金（千円）", "県支出金（千円）", "地方債（千円）", "その他（千円）", "一般財源（千円）", "人工",
             "活動指標1の名称", "活動指標1の単位", "活動指標1の目標", "活動指標1の実績", "活動指標2の名称", "活動指標2の単位", "活動指標2の目標", "活動指標2の実績",
             "対象", "意図", "手段", "今後の方向性", "方向性の理由"],
            workbook.Rows(Sheet)[0].Values.Select(v => v?.ToString()));
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"M18-P{n:00}"), workbook.Rows(Sheet).Skip(1).Select(r => r["B"]?.ToString()));
        var row = workbook.RowOf(Sheet, "B", "M18-P04");
        Assert.Equal((18d, "地方バス運行特別対策事業", "政策防災課"), (workbook[Sheet, row, "A"], workbook[Sheet, row, "C"], workbook[Sheet, row, "D"]));
        Fill(workbook, row);

        using (var upload = await workbook.UploadAsync(staff.Client, Section, 2022))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        // The same input typed into the form for the next year: M18-P04 is the form's fourth project.
        var form = await staff.Client.GetPageAsync("/staff/records/18/2023");
        using (var typed = await staff.Client.PostWithTokenAsync("/staff/records/18/2023/save", StaffEntryTests.Token(form), StaffEntryTests.Fields(form)
            .With("Form.Projects[3].InitialBudget", "１２，０００").With("Form.Projects[3].SupplementaryBudget", "-500")
            .With("Form.Projects[3].Settlement", "11200").With("Form.Projects[3].NationalFunds", "5,600")
            .With("Form.Projects[3].LocalBonds", "４０００千円").With("Form.Projects[3].GeneralFunds", "1600")
            .With("Form.Projects[3].StaffEffort", "0.5").With("Form.Projects[3].Activity1Name", "運行便数")
            .With("Form.Projects[3].Activity1Unit", "便").With("Form.Projects[3].Activity1Target", "3000")
            .With("Form.Projects[3].Activity1Actual", "２９５０").With("Form.Projects[3].TargetText", "路線バスを利用する市民")
            .With("Form.Projects[3].Direction", "Reduce").With("Form.Projects[3].DirectionReason", "利用の少ない便を見直すため")))
        {
            Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        }

        var fromWorkbook = await WorkbookTests.SnapshotAsync(portal, 18, 2022);
        var fromForm = await WorkbookTests.SnapshotAsync(portal, 18, 2023);
        Assert.Equal("M18-P04", Assert.Single(fromWorkbook.Projects).Project);
        Assert.Equal(WorkbookTests.Json(fromForm.Projects), WorkbookTests.Json(fromWorkbook.Projects));
        var stored = Assert.Single((await portal.RecordAsync(18, 2022))!.Projects);
        Assert.Equal((12000m, (decimal?)11200m, (decimal?)0.5m, (ProjectDirection?)ProjectDirection.Reduce), (stored.InitialBudget!.Value, stored.Settlement, stored.StaffEffort, stored.Direction));

        // Downloaded again it reads as stored (numbers as numbers, the direction in words), and taken in untouched changes nothing;
        // a row emptied in Excel removes that project's year, as emptying its card on the form does.
        var again = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022);
        var againRow = again.RowOf(Sheet, "B", "M18-P04");
        Assert.Equal((12000d, -500d, 0.5d, "縮小"), (again[Sheet, againRow, "F"], again[Sheet, againRow, "G"], again[Sheet, againRow, "N"], again[Sheet, againRow, "Z"]));
        using (var untouched = await again.UploadAsync(staff.Client, Section, 2022))
        {
            Assert.Equal(HttpStatusCode.Redirect, untouched.StatusCode);
        }

        Assert.Equal(WorkbookTests.Json(fromWorkbook.Projects), WorkbookTests.Json((await WorkbookTests.SnapshotAsync(portal, 18, 2022)).Projects));
        var third = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022);
        foreach (var column in new[] { "F", "G", "H", "I", "K", "M", "N", "O", "P", "Q", "R", "W", "Z", "AA" })
        {
            third[Sheet, againRow, column] = null;
        }

        using (var emptied = await third.UploadAsync(staff.Client, Section, 2022))
        {
            Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        }

        Assert.Empty((await portal.RecordAsync(18, 2022))!.Projects);
    }

    [Fact]
    public async Task A_projects_sheet_with_mistakes_lists_each_by_row_and_column_and_stores_nothing()
    {
        await ResetAsync(2022);
        using var staff = await portal.StaffAsync(Section);
        var workbook = await TestWorkbook.DownloadAsync(staff.Client, Section, 2022);
        var p01 = workbook.RowOf(Sheet, "B", "M18-P01");
        var p02 = workbook.RowOf(Sheet, "B", "M18-P02");
        var p04 = workbook.RowOf(Sheet, "B", "M18-P04");
        Fill(workbook, p04); // correct, and must not be stored while anything else is wrong
        workbook[Sheet, p01, "F"] = "約1万";
        workbook[Sheet, p01, "N"] = 0.25d;
        workbook[Sheet, p01, "Z"] = "見直し";
        workbook[Sheet, p02, "H"] = 1000d;
        workbook[Sheet, p02, "I"] = 600d;
        workbook[Sheet, p02, "M"] = 300d;
        workbook[Sheet, p02, "Z"] = "廃止";
        workbook[Values, 2, "J"] = 21500d; // a correct value elsewhere in the workbook: not stored either

        using var upload = await workbook.UploadAsync(staff.Client, Section, 2022);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        var html = WebUtility.HtmlDecode(await upload.BodyAsync());
        Assert.Contains("何も保存されていません", html, StringComparison.Ordinal);
        string[] expected =
        [
            $"シート「事務事業」 行{p01} 列F（当初予算額（千円））: 当初予算額: 数値として読み取れません。",
            $"シート「事務事業」 行{p01} 列N（人工）: 人工: ",
            $"シート「事務事業」 行{p01} 列Z（今後の方向性）: 今後の方向性は「拡充・継続・改善・縮小・廃止・休止・完了」から選んでください。",
            $"シート「事務事業」 行{p02} 列M（一般財源（千円））: 財源内訳の合計（900千円）が決算額（1,000千円）と一致しません（差 100千円）",
        ];
        var positions = expected.Select(e => html.IndexOf(e, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0), "missing: " + string.Join("\n", expected.Where((e, i) => positions[i] < 0)) + "\n" + html);
        Assert.Equal(positions.Order(), positions); // in row and column order
        Assert.Null(await portal.RecordAsync(18, 2022));
        Assert.Null(await portal.RecordAsync(1, 2022));
    }

    private const string Values = "実績";

    /// <summary>M18-P04's year as a person types it in Excel: full-width digits, separators, 千円, numbers and text mixed.</summary>
    private static void Fill(TestWorkbook workbook, int row)
    {
        workbook[Sheet, row, "F"] = "１２，０００";
        workbook[Sheet, row, "G"] = -500d;
        workbook[Sheet, row, "H"] = 11200d;
        workbook[Sheet, row, "I"] = "5,600";
        workbook[Sheet, row, "K"] = "４０００千円";
        workbook[Sheet, row, "M"] = 1600d;
        workbook[Sheet, row, "N"] = 0.5d;
        workbook[Sheet, row, "O"] = "運行便数";
        workbook[Sheet, row, "P"] = "便";
        workbook[Sheet, row, "Q"] = 3000d;
        workbook[Sheet, row, "R"] = "２９５０";
        workbook[Sheet, row, "W"] = "路線バスを利用する市民";
        workbook[Sheet, row, "Z"] = "縮小";
        workbook[Sheet, row, "AA"] = "利用の少ない便を見直すため";
    }
}
