using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using AsoPlan.Testing;
using MiniExcelLibs;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// A 政策防災課 staff member fills in 令和4年度 in Excel: from the start page to the section's workbook page, downloads
/// the workbook, fills it in (with MiniExcel, as Excel would save it), uploads a copy with a mistake and is shown the
/// cell, uploads the corrected one and finds the draft on the entry form. The workbook page and its problem list
/// pass axe, the keyboard/structure checks and the Nu HTML Checker.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class WorkbookJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Year = 2022;

    [Fact]
    public async Task Staff_member_downloads_fills_and_uploads_the_sections_workbook()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var staff = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.WorkbookStaffEmail);
        var folder = Directory.CreateTempSubdirectory("asoplan-workbook-");
        var problems = new List<(string Where, IReadOnlyList<string> Problems)>();
        var documents = new List<HtmlDocument>();
        try
        {
            await WorkSteps.OpenWindowAsync(planning, server, "令和4年度");

            // From the account page to the section's start page, then to the year's workbook page.
            await staff.GetByRole(AriaRole.Link, new() { Name = "実績の入力（課の担当者）" }).ClickAsync();
            await staff.GetByRole(AriaRole.Link, new() { Name = "令和4年度のワークブック（ダウンロード・取り込み）" }).ClickAsync();
            await Assertions.Expect(staff.Locator("h1")).ToContainTextAsync("Excelでまとめて入力");
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("実施施策18");
            var pageResponse = await staff.ReloadAsync();
            documents.Add(new HtmlDocument("staff-workbook", await pageResponse!.TextAsync()));
            problems.Add(("workbook page", await PageChecks.AllAsync(staff, "staff-workbook")));

            // Download.
            var download = await staff.RunAndWaitForDownloadAsync(
                () => staff.GetByRole(AriaRole.Link, new() { Name = "ワークブックをダウンロード（.xlsx）" }).ClickAsync());
            Assert.Equal("実績入力_政策防災課_令和4年度.xlsx", download.SuggestedFilename);
            var downloaded = Path.Combine(folder.FullName, "downloaded.xlsx");
            await download.SaveAsAsync(downloaded);
            var errors = XlsxValidation.Errors(await File.ReadAllBytesAsync(downloaded));
            Assert.True(errors.Count == 0, $"the downloaded workbook: {errors.Count} Open XML validation errors\n{string.Join('\n', errors.Take(20))}");
            var sheets = Read(downloaded);
            var values = sheets["実績"];
            var ridership = values.FindIndex(r => Equals(r["C"], "M18-I02"));
            Assert.True(ridership > 0, "the workbook has no row for M18-I02");

            // A mistake: the whole upload is refused and the cell is named.
            values[ridership]["J"] = "たくさん";
            var wrong = Write(sheets, Path.Combine(folder.FullName, "wrong.xlsx"));
            await staff.GetByLabel("入力したワークブック（.xlsx、1MBまで）").SetInputFilesAsync(wrong);
            var refused = await staff.RunAndWaitForResponseAsync(
                () => staff.GetByRole(AriaRole.Button, new() { Name = "確認して取り込む" }).ClickAsync(),
                r => r.Request.Method == "POST");
            Assert.Equal(422, refused.Status);
            var list = staff.Locator("#workbook-problems");
            await Assertions.Expect(list).ToContainTextAsync("何も保存されていません");
            await Assertions.Expect(list).ToContainTextAsync($"シート「実績」 行{ridership + 1} 列J（実績値）: 数値として読み取れません。");
            documents.Add(new HtmlDocument("staff-workbook-refused", await refused.TextAsync()));
            problems.Add(("workbook page with problems", await PageChecks.AllAsync(staff, "staff-workbook-refused")));

            // Corrected (full-width digits as typed in Excel), with the Do text: taken in as a draft.
            values[ridership]["J"] = "５３，０００";
            var pdca = sheets["PDCA"];
            pdca[pdca.FindIndex(r => Equals(r["A"], 18d))]["E"] = "路線バスの時刻表を見直した。";
            var right = Write(sheets, Path.Combine(folder.FullName, "right.xlsx"));
            await staff.GetByLabel("入力したワークブック（.xlsx、1MBまで）").SetInputFilesAsync(right);
            await staff.GetByRole(AriaRole.Button, new() { Name = "確認して取り込む" }).ClickAsync();
            await Assertions.Expect(staff).ToHaveURLAsync(server.Url("/staff").ToString());
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("を下書きとして保存しました。");
            await Assertions.Expect(staff.Locator("table a[href='/staff/records/18/2022']")).ToContainTextAsync("下書き");

            // The draft is what the form shows.
            await staff.Locator("table a[href='/staff/records/18/2022']").ClickAsync();
            var row = staff.Locator("fieldset.indicator", new() { Has = staff.Locator("legend", new() { HasTextString = "公共交通利用者数（路線バス）" }) });
            await Assertions.Expect(row.GetByLabel("実績値")).ToHaveValueAsync("53000");
            await Assertions.Expect(staff.GetByLabel("取組実績（Do）")).ToHaveValueAsync("路線バスの時刻表を見直した。");
        }
        finally
        {
            await staff.Context.CloseAsync();
            await planning.Context.CloseAsync();
            folder.Delete(recursive: true);
        }

        var invalid = NuHtmlChecker.Describe(await NuHtmlChecker.ValidateAsync(documents, "workbook-pages"));
        Expect.NoProblems("axe, keyboard, headings and tables on the workbook pages", problems);
        Assert.True(invalid.Length == 0, invalid);
    }

    /// <summary>Every sheet's rows with cells by column letter, headings included, as MiniExcel reads them.</summary>
    private static Dictionary<string, List<Dictionary<string, object?>>> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return stream.GetSheetNames().ToDictionary(
            name => name,
            name => stream.Query(useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList());
    }

    private static string Write(Dictionary<string, List<Dictionary<string, object?>>> sheets, string path)
    {
        using (var stream = File.Create(path))
        {
            stream.SaveAs(sheets.ToDictionary(s => s.Key, s => (object)s.Value), printHeader: false);
        }

        return path;
    }
}
