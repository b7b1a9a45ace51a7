using System.Globalization;
using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using AsoPlan.Testing;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// A section submits 実施施策8 令和5年度 with its first indicator as a 速報値. The planning office's review page (phone
/// and desktop) names it among what approval publishes, and one click approves; the yearly report then prints
/// 「（速報値）」 beside that value with the legend, and a citizen's measure page marks it in the chart's table with the
/// legend. Each page passes axe, the structure checks and the Nu checker; screenshots go to the suite's screenshots folder.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class PreliminaryValueJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Year = 2023;
    private static readonly SeedMeasure Measure = SeedMeasures.List.Single(m => m.Number == 8);

    [Fact]
    public async Task A_preliminary_value_is_named_before_approval_and_marked_in_the_report_and_on_the_measure_page()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var staff = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.SectionStaffEmail(Measure.SectionCode));
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var planningPhone = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail, Screen.Phone);
        var citizen = await suite.NewPageAsync(Screen.Phone);
        var (first, _) = Measure.Indicators[0];
        var problems = new List<(string Where, IReadOnlyList<string> Problems)>();
        var documents = new List<HtmlDocument>();
        try
        {
            await WorkSteps.OpenWindowAsync(planning, server, "令和5年度");
            await SubmitWithFirstPreliminaryAsync(staff, server);

            var review = server.Url($"/planning/records/{Measure.Number}/{Year}").ToString();
            foreach (var (page, name) in new[] { (planningPhone, "review-preliminary-phone"), (planning, "review-preliminary-desktop") })
            {
                var response = await page.GotoAsync(review);
                var approve = page.Locator("#approve");
                await Assertions.Expect(approve).ToContainTextAsync("承認すると公表される内容");
                await Assertions.Expect(approve).ToContainTextAsync($"速報値: 「{first}」の実績値は「速報値」と表示して公表します。");
                await Assertions.Expect(approve.GetByRole(AriaRole.Button, new() { Name = "承認して公表する" })).ToBeVisibleAsync();
                await ScreenshotAsync(page, name);
                documents.Add(new HtmlDocument(name, await response!.TextAsync()));
                problems.Add((name, [.. await PageChecks.AllAsync(page, name), .. await PageInspector.OverflowAsync(page)]));
            }

            await WorkSteps.ConfirmAndApproveAsync(planning);

            var report = await planning.GotoAsync(server.Url($"/planning/report?year={Year}").ToString());
            var measure = planning.Locator("section.report-measure", new() { Has = planning.Locator($"#measure-{Measure.Number}") });
            await Assertions.Expect(measure.Locator("tr", new() { HasTextString = first })).ToContainTextAsync("（速報値）");
            await Assertions.Expect(measure.Locator("tbody tr").Nth(1)).Not.ToContainTextAsync("速報値");
            await Assertions.Expect(planning.Locator("#preliminary-legend")).ToContainTextAsync("「速報値」は、統計などが確定する前の値です。");
            await measure.ScreenshotAsync(new() { Path = Path.Combine(SuitePaths.Screenshots, "report-preliminary-measure-desktop.png") });
            documents.Add(new HtmlDocument("report-preliminary", await report!.TextAsync()));
            problems.Add(("report", await PageChecks.AllAsync(planning, "report-preliminary")));

            var public_ = await citizen.GotoAsync(server.Url($"/measures/{Measure.Number}").ToString());
            var chart = citizen.Locator($"#chart-M{Measure.Number:00}-I01");
            await Assertions.Expect(chart.Locator("tr", new() { HasTextString = "令和5年度" })).ToContainTextAsync("（速報値）");
            await Assertions.Expect(citizen.Locator("#preliminary-legend")).ToContainTextAsync("「速報値」は、統計などが確定する前の値です。");
            await chart.ScreenshotAsync(new() { Path = Path.Combine(SuitePaths.Screenshots, "measure-preliminary-chart-phone.png") });
            await ScreenshotAsync(citizen, "measure-preliminary-phone");
            documents.Add(new HtmlDocument("measure-preliminary", await public_!.TextAsync()));
            problems.Add(("measure page", [.. await PageChecks.AllAsync(citizen, "measure-preliminary-phone"), .. await PageInspector.OverflowAsync(citizen)]));
        }
        finally
        {
            await citizen.Context.CloseAsync();
            await planningPhone.Context.CloseAsync();
            await planning.Context.CloseAsync();
            await staff.Context.CloseAsync();
        }

        var invalid = NuHtmlChecker.Describe(await NuHtmlChecker.ValidateAsync(documents, "preliminary-pages"));
        Expect.NoProblems("axe, structure and overflow on the review, report and measure pages with a 速報値", problems);
        Assert.True(invalid.Length == 0, invalid);
    }

    /// <summary>Values on the plan's path, the first ticked 速報値, the PDCA texts, then 提出 through its confirmation page.</summary>
    private static async Task SubmitWithFirstPreliminaryAsync(IPage staff, AppServer server)
    {
        await staff.GotoAsync(server.Url($"/staff/records/{Measure.Number}/{Year}").ToString());
        var lines = staff.Locator("fieldset.indicator");
        for (var i = 0; i < Measure.Indicators.Count; i++)
        {
            var goal = Measure.Indicators[i].Goal;
            await lines.Nth(i).GetByLabel("実績値").FillAsync(DemoValues.At(goal, Year, DemoValues.Position(i)).ToString("F" + goal.Decimals, CultureInfo.InvariantCulture));
        }

        await lines.Nth(0).GetByLabel("速報値（確定値が出たら訂正で更新します）").CheckAsync();
        await staff.GetByLabel("取組実績（Do）").FillAsync("ごみ減量の啓発と分別の指導を行った。");
        await staff.GetByRole(AriaRole.Radio, new() { Name = "B", Exact = true }).CheckAsync();
        await staff.GetByLabel("自己評価の理由").FillAsync("おおむね計画どおり進んだ。");
        await staff.GetByLabel("改善・今後の方向性（Action）").FillAsync("次年度も継続して取り組む。");
        await WorkSteps.ConfirmAndSubmitAsync(staff);
    }

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(SuitePaths.Screenshots, $"{name}.png"), FullPage = true });
}
