using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using AsoPlan.Testing;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// 水道課 enters its 事務事業 of 実施施策15 for 令和4年度: the first project on a phone (390 px) — a funding that does not
/// add up is refused on its field, then corrected — and the second on a desktop; it submits, the planning office
/// approves, and the measure page, the 事務事業評価シート, /progress (table and chart) show the approved cost. The form on
/// the phone, the sheet, /progress and the finance import page pass axe, the keyboard/structure checks and the Nu checker.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class ProjectEntryJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Measure = 15;
    private const int Year = 2022;
    private const string YearLabel = "令和4年度";

    [Fact]
    public async Task A_section_enters_its_projects_on_a_phone_and_a_desktop_and_the_approved_cost_is_public()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var seed = SeedMeasures.List.Single(m => m.Number == Measure);
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var email = WorkAccounts.SectionStaffEmail(seed.SectionCode); // made with the suite's published year
        var phone = await WorkAccounts.SignedInPageAsync(suite, email, Screen.Phone);
        var desktop = await WorkAccounts.SignedInPageAsync(suite, email);
        var visitor = await suite.NewPageAsync(Screen.Phone);
        var problems = new List<(string Where, IReadOnlyList<string> Problems)>();
        var documents = new List<HtmlDocument>();
        var form = server.Url($"/staff/records/{Measure}/{Year}").ToString();
        try
        {
            await WorkSteps.OpenWindowAsync(planning, server, YearLabel);
            await planning.GotoAsync(server.Url("/planning/cost-rates").ToString());
            await planning.Locator($"#unit-cost-{Year}").FillAsync("９，０００");
            await planning.Locator($"form[action='/planning/cost-rates/{Year}'] button").ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync($"{YearLabel}の単価を保存しました。");

            // On the phone: open the first project's card and type its year, with a funding 100千円 short.
            await phone.GotoAsync(form);
            var first = phone.Locator("details.project").First;
            await first.Locator("summary").ClickAsync();
            await first.GetByLabel("当初予算額").FillAsync("１２，０００");
            await first.GetByLabel("決算額").FillAsync("11,200");
            await first.GetByLabel("国庫支出金").FillAsync("5600");
            await first.GetByLabel("地方債").FillAsync("4000");
            await first.GetByLabel("一般財源").FillAsync("1500");
            await first.GetByLabel("人工（小数1桁）").FillAsync("０．５");
            await first.GetByLabel("名称").First.FillAsync("更新した管路延長");
            await first.GetByLabel("単位").First.FillAsync("m");
            await first.GetByLabel("目標").First.FillAsync("800");
            await first.GetByLabel("実績").First.FillAsync("760");
            await first.GetByLabel("今後の方向性").SelectOptionAsync(new SelectOptionValue { Label = "縮小" });
            await first.GetByLabel("方向性の理由").FillAsync("老朽管の更新が一巡したため");
            var refused = await phone.RunAndWaitForResponseAsync(() => phone.GetByRole(AriaRole.Button, new() { Name = "下書き保存" }).ClickAsync(), r => r.Request.Method == "POST");
            Assert.Equal(422, refused.Status);
            var card = phone.Locator("details.project").First;
            await Assertions.Expect(card).ToHaveJSPropertyAsync("open", true);
            await Assertions.Expect(card).ToContainTextAsync("財源内訳の合計（11,100千円）が決算額（11,200千円）と一致しません（差 100千円）");
            await Assertions.Expect(card.GetByLabel("一般財源")).ToHaveAttributeAsync("aria-invalid", "true");
            documents.Add(new HtmlDocument("project-form-refused-phone", await refused.TextAsync()));
            problems.Add(("staff form with a refused project on a phone", [
                .. await PageChecks.AllAsync(phone, "project-form-refused-phone"),
                .. await PageInspector.OverflowAsync(phone),
            ]));

            await card.GetByLabel("一般財源").FillAsync("1600");
            await phone.GetByRole(AriaRole.Button, new() { Name = "下書き保存" }).ClickAsync();
            await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("下書きを保存しました。");
            await Assertions.Expect(phone.Locator("details.project").First).ToContainTextAsync("保存済み: 人件費 4,500千円 ／ トータルコスト（決算額＋人件費） 15,700千円");

            // On the desktop: the second project, the indicators and the PDCA texts, then submit.
            await desktop.GotoAsync(form);
            var second = desktop.Locator("details.project").Nth(1);
            await second.Locator("summary").ClickAsync();
            await second.GetByLabel("当初予算額").FillAsync("3000");
            await second.GetByLabel("決算額").FillAsync("2800");
            await second.GetByLabel("一般財源").FillAsync("2800");
            await second.GetByLabel("人工（小数1桁）").FillAsync("0.2");
            await second.GetByLabel("今後の方向性").SelectOptionAsync(new SelectOptionValue { Label = "継続" });
            await PublishedYear.FillAsync(desktop, seed, Year, 0);
            await WorkSteps.ConfirmAndSubmitAsync(desktop);

            await planning.GotoAsync(server.Url($"/planning/records/{Measure}/{Year}").ToString());
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("15,700千円");
            await WorkSteps.ConfirmAndApproveAsync(planning);

            // What the public reads: the measure page's cost, the project's sheet, /progress with its table and chart.
            await visitor.GotoAsync(server.Url($"/measures/{Measure}").ToString());
            var part = visitor.Locator("section[aria-labelledby=projects-heading]");
            await Assertions.Expect(part).ToContainTextAsync($"{YearLabel} 20,300千円"); // 15,700 + 2,800 + 0.2 × 9,000
            var code = await part.Locator("[id^=project-M15-P]").First.GetAttributeAsync("id");
            await part.Locator($"#{code} h4 a").ClickAsync(); // the project's name leads to its sheet
            await Assertions.Expect(visitor.Locator("h1")).ToBeVisibleAsync();
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("トータルコスト（決算額＋人件費）");
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("15,700千円");
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("老朽管の更新が一巡したため");
            var sheet = await visitor.ReloadAsync();
            documents.Add(new HtmlDocument("project-sheet", await sheet!.TextAsync()));
            problems.Add(("事務事業評価シート on a phone (" + code + ")", [.. await PageChecks.AllAsync(visitor, "project-sheet"), .. await PageInspector.OverflowAsync(visitor)]));

            var progress = await visitor.GotoAsync(server.Url($"/progress?year={Year}").ToString());
            var budget = visitor.Locator("section[aria-labelledby=budget-heading]");
            await Assertions.Expect(budget).ToContainTextAsync("20,300千円");
            await Assertions.Expect(budget).ToContainTextAsync("縮小 — 老朽管の更新が一巡したため");
            await budget.Locator("canvas").ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(budget.Locator("canvas")).ToHaveAttributeAsync("height", new System.Text.RegularExpressions.Regex("^[1-9]"));
            documents.Add(new HtmlDocument("progress-with-cost", await progress!.TextAsync()));
            problems.Add(("/progress with the cost table on a phone", [.. await PageChecks.AllAsync(visitor, "progress-with-cost"), .. await PageInspector.OverflowAsync(visitor)]));

            var import = await planning.GotoAsync(server.Url("/planning/finance-import").ToString());
            documents.Add(new HtmlDocument("planning-finance-import", await import!.TextAsync()));
            problems.Add(("/planning/finance-import", await PageChecks.AllAsync(planning, "planning-finance-import")));
        }
        finally
        {
            foreach (var page in new[] { planning, phone, desktop, visitor })
            {
                await page.Context.CloseAsync();
            }
        }

        var invalid = NuHtmlChecker.Describe(await NuHtmlChecker.ValidateAsync(documents, "project-pages"));
        Expect.NoProblems("axe, keyboard, headings, tables and overflow on the project pages", problems);
        Assert.True(invalid.Length == 0, invalid);
    }
}
