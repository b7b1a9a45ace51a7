using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using AsoPlan.Core.FiscalYears;
using Microsoft.Playwright;
using Microsoft.VisualBasic.FileIO;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// A correction after approval (訂正), as the people do it: 税務課 submits 令和4年度 for 実施施策19 and the planning
/// office approves it; a mistake is found, so the planning office reopens the record with a reason; the section
/// corrects the value and resubmits; the planning office approves again. The citizen's measure page keeps the published
/// value until then and afterwards shows the corrected one with the dated note 「令和N年M月D日 訂正: …（理由）」, the
/// history shows both values, and open data says 訂正済. The page with the note passes axe and the structure checks.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class CorrectionJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Year = 2022; // 令和4年度: no other journey enters 実施施策19 for it
    private const int Measure = 19; // 税務課: 市税収納率（現年課税分） 98.30% → 98.35%, 地籍調査推進率
    private const string Reason = "収納率の集計に滞納繰越分が含まれていたため";

    [Fact]
    public async Task Approved_value_is_reopened_corrected_approved_again_and_published_with_a_dated_note()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync(); // 令和3年度 published for every measure but 13, with a 税務課 account
        var measure = SeedMeasures.List.Single(m => m.Number == Measure);
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var staff = await suite.NewPageAsync(Screen.Desktop);
        var citizen = await suite.NewPageAsync(Screen.Phone);
        var problems = new List<(string Where, IReadOnlyList<string> Problems)>();
        try
        {
            await WorkAccounts.SignInAsync(staff, server, $"staff-{measure.SectionCode}@browser.asoplan.example");
            await WorkSteps.OpenWindowAsync(planning, server, "令和4年度");
            var review = server.Url($"/planning/records/{Measure}/{Year}").ToString();

            // Submitted and approved: 98.33% is public.
            await staff.GotoAsync(server.Url($"/staff/records/{Measure}/{Year}").ToString());
            await ValueField(staff, 0).FillAsync("98.33");
            await ValueField(staff, 1).FillAsync("64.90");
            await staff.GetByLabel("取組実績（Do）").FillAsync("口座振替の勧奨とコンビニ納付を進めた。");
            await staff.GetByRole(AriaRole.Radio, new() { Name = "B", Exact = true }).CheckAsync();
            await staff.GetByLabel("自己評価の理由").FillAsync("収納率は基準値を上回った。");
            await staff.GetByLabel("改善・今後の方向性（Action）").FillAsync("スマートフォン決済を導入する。");
            await WorkSteps.ConfirmAndSubmitAsync(staff);
            await planning.GotoAsync(review);
            await WorkSteps.ConfirmAndApproveAsync(planning);

            await citizen.GotoAsync(server.Url($"/measures/{Measure}").ToString());
            var cell = citizen.Locator($"#indicator-M19-I01 td[data-label='令和4年度実績']");
            await Assertions.Expect(cell).ToContainTextAsync("98.33%");
            await Assertions.Expect(citizen.Locator("#corrections")).ToHaveCountAsync(0);

            // The planning office reopens it with a reason, on a confirmation page first.
            await planning.GotoAsync(review);
            await planning.GetByLabel("訂正の理由（公開ページのお知らせに載ります）").FillAsync(Reason);
            await planning.GetByRole(AriaRole.Button, new() { Name = "訂正のための再開の確認へ" }).ClickAsync();
            await Assertions.Expect(planning.Locator("h1")).ToContainTextAsync("訂正のための再開の確認");
            await Assertions.Expect(planning.Locator("#reopen-reason")).ToContainTextAsync(Reason);
            await planning.GetByRole(AriaRole.Button, new() { Name = "訂正のために再開する" }).ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("訂正のため再開しました。");

            // The section reads the reason, corrects the value and resubmits; the public still sees what was published.
            await staff.GotoAsync(server.Url($"/staff/records/{Measure}/{Year}").ToString());
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync(Reason);
            await ValueField(staff, 0).FillAsync("98.36");
            await WorkSteps.ConfirmAndSubmitAsync(staff);
            await citizen.ReloadAsync();
            await Assertions.Expect(cell).ToContainTextAsync("98.33%");

            // Approved again: the corrected value, marked 訂正済, and the dated note with the reason.
            await planning.GotoAsync(review);
            await WorkSteps.ConfirmAndApproveAsync(planning);
            var day = JapanCalendar.WarekiDate(JapanCalendar.Today(DateTimeOffset.UtcNow), weekday: false);
            var note = $"{day} 訂正: 市税収納率（現年課税分） 98.33% → 98.36%（{Reason}）";
            await citizen.ReloadAsync();
            await Assertions.Expect(cell).ToContainTextAsync("98.36%");
            await Assertions.Expect(cell).ToContainTextAsync("訂正済");
            await Assertions.Expect(cell).Not.ToContainTextAsync("98.33%");
            await Assertions.Expect(citizen.Locator("ul.correction-notes li")).ToHaveTextAsync(["【令和4年度の実績】" + note]);
            // 「訂正済」 leads to the year's dated note.
            await cell.GetByRole(AriaRole.Link, new() { Name = "訂正済" }).ClickAsync();
            await Assertions.Expect(citizen).ToHaveURLAsync(server.Url($"/measures/{Measure}#corrections-2022").ToString());
            await Assertions.Expect(citizen.Locator("#corrections-2022")).ToBeInViewportAsync();
            await Assertions.Expect(citizen.Locator("#corrections-2022")).ToHaveTextAsync("【令和4年度の実績】" + note);
            // The page checks start from the top, as a visitor arriving at the page does.
            await citizen.GotoAsync(server.Url($"/measures/{Measure}").ToString());
            await Screenshot(citizen, "phone");
            problems.Add(("measure page with a correction note (phone)", await PageChecks.AllAsync(citizen, "measure-correction-phone")));
            var desktop = await suite.NewPageAsync(Screen.Desktop);
            try
            {
                await desktop.GotoAsync(server.Url($"/measures/{Measure}").ToString());
                await Assertions.Expect(desktop.Locator("ul.correction-notes li")).ToHaveTextAsync(["【令和4年度の実績】" + note]);
                await Screenshot(desktop, "desktop");
                problems.Add(("measure page with a correction note (desktop)", await PageChecks.AllAsync(desktop, "measure-correction-desktop")));
            }
            finally
            {
                await desktop.Context.CloseAsync();
            }

            // The history keeps both values and the reopening.
            await planning.GotoAsync($"{review}/history");
            var history = planning.Locator("main");
            await Assertions.Expect(history).ToContainTextAsync("98.33%");
            await Assertions.Expect(history).ToContainTextAsync("98.36%");
            await Assertions.Expect(history).ToContainTextAsync("訂正のため再開");
            await Assertions.Expect(history).ToContainTextAsync(Reason);

            // Open data: the corrected value with the status 訂正済.
            var csv = await citizen.Context.APIRequest.GetAsync(server.Url("/opendata/indicators.csv").ToString());
            Assert.True(csv.Ok, $"/opendata/indicators.csv answered {csv.Status}");
            var row = CsvRow(await csv.TextAsync(), "M19-I01");
            Assert.Equal(("98.36", "訂正済"), (row["令和4年度実績"], row["令和4年度実績の状態"]));

            Expect.NoProblems("axe, keyboard, headings and tables on the measure page with a correction note", problems);
        }
        finally
        {
            await citizen.Context.CloseAsync();
            await staff.Context.CloseAsync();
            await planning.Context.CloseAsync();
        }
    }

    private static ILocator ValueField(IPage staff, int indicator) =>
        staff.Locator("fieldset.indicator").Nth(indicator).GetByLabel("実績値");

    private async Task Screenshot(IPage page, string screen)
    {
        var file = Path.Combine(SuitePaths.Screenshots, $"measure-{Measure}-correction-{screen}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }

    /// <summary>One indicator's row of the open-data CSV, read by .NET's own RFC 4180 parser.</summary>
    private static Dictionary<string, string> CsvRow(string text, string code)
    {
        using var parser = new TextFieldParser(new StringReader(text.TrimStart('\uFEFF'))) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        while (parser.ReadFields() is { } fields)
        {
            var row = header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
            if (row["指標コード"] == code)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"/opendata/indicators.csv has no row for {code}");
    }
}
