using AsoPlan.Browser.Tests.Checkers;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The external review of 令和3年度: an administrator makes a time-limited reviewer account, the planning office opens the
/// round, the reviewer records a finding on 実施施策3, the office closes the round and publishes 審議会の意見 and 市の対応方針,
/// which the measure page (phone and desktop) and the yearly report then show. The new pages pass axe, the keyboard,
/// heading and table checks and the Nu checker.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class ExternalReviewJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Measure = 3; // 農政課, 令和3年度 approved by the suite (PublishedYear)
    private const string ReviewerEmail = "reviewer@browser.asoplan.example";
    private const string Opinion = "目標の達成に向けた取組の効果を、次年度の評価で示されたい。";
    private const string Response = "令和4年度の評価から、取組ごとの効果を指標とあわせて記載します。";

    [Fact]
    public async Task A_reviewers_finding_for_R3_is_published_as_the_committees_finding_beside_the_evaluation()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var admin = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.AdminEmail);
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var problems = new List<(string Where, IReadOnlyList<string> Problems)>();
        var documents = new List<HtmlDocument>();
        IPage? reviewer = null;
        var citizen = await suite.NewPageAsync(Screen.Phone);
        try
        {
            // An administrator makes the reviewer account with its last day of access.
            await admin.GotoAsync(server.Url("/admin/accounts/new").ToString());
            await admin.GetByLabel("メールアドレス（ログインID）").FillAsync(ReviewerEmail);
            await admin.GetByLabel("氏名（表示名）").FillAsync("外部 委員");
            await admin.GetByLabel("外部評価委員", new() { Exact = true }).CheckAsync();
            var lastDay = AsoPlan.Core.FiscalYears.JapanCalendar.Today(DateTimeOffset.UtcNow).AddDays(60);
            await admin.GetByLabel("外部評価委員の利用期限（外部評価委員は必須）").FillAsync(lastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await admin.GetByLabel("初期パスワード（12文字以上）").FillAsync(WorkAccounts.Password);
            await admin.GetByLabel("初期パスワード（確認）").FillAsync(WorkAccounts.Password);
            await admin.GetByRole(AriaRole.Button, new() { Name = "作成する" }).ClickAsync();
            await Assertions.Expect(admin).ToHaveURLAsync(server.Url("/admin/accounts").ToString());

            // The planning office opens 令和3年度.
            await planning.GotoAsync(server.Url("/planning/external-review").ToString());
            await planning.Locator("li", new() { HasTextString = "令和3年度：" }).GetByRole(AriaRole.Button, new() { Name = "受付を開始する" }).ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("令和3年度の外部評価の受付を開始しました。");

            // The reviewer reads the approved record and records a finding.
            reviewer = await suite.NewPageAsync(Screen.Desktop);
            await WorkAccounts.SignInAsync(reviewer, server, ReviewerEmail);
            await reviewer.GetByRole(AriaRole.Link, new() { Name = "外部評価（外部評価委員）" }).ClickAsync();
            await reviewer.GetByRole(AriaRole.Link, new() { Name = $"実施施策{Measure} ", Exact = false }).First.ClickAsync();
            await Assertions.Expect(reviewer.Locator("main")).ToContainTextAsync("取組実績（Do）");
            documents.Add(new HtmlDocument("review-measure", await reviewer.ContentAsync()));
            problems.Add(($"/review/measures/{Measure}", await PageChecks.AllAsync(reviewer, "review-measure")));
            await reviewer.GetByLabel("一部見直しが必要", new() { Exact = true }).CheckAsync();
            await reviewer.GetByLabel("意見（「一部見直しが必要」「見直しが必要」のときは必須、2,000文字以内）").FillAsync("取組の効果が指標から読み取れない。");
            await reviewer.GetByRole(AriaRole.Button, new() { Name = "評価と意見を保存する" }).ClickAsync();
            await Assertions.Expect(reviewer.Locator("main")).ToContainTextAsync("評価と意見を保存しました。");
            await reviewer.GotoAsync(server.Url("/review").ToString());
            documents.Add(new HtmlDocument("review-home", await reviewer.ContentAsync()));
            problems.Add(("/review", await PageChecks.AllAsync(reviewer, "review-home")));

            // The office closes the round, compiles and publishes.
            await planning.GotoAsync(server.Url("/planning/external-review").ToString());
            await planning.Locator("li", new() { HasTextString = "令和3年度：" }).GetByRole(AriaRole.Button, new() { Name = "受付を終了する" }).ClickAsync();
            documents.Add(new HtmlDocument("external-review", await planning.ContentAsync()));
            problems.Add(("/planning/external-review", await PageChecks.AllAsync(planning, "external-review")));
            await planning.GotoAsync(server.Url($"/planning/external-review/2021/measures/{Measure}").ToString());
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("取組の効果が指標から読み取れない。");
            documents.Add(new HtmlDocument("external-review-measure", await planning.ContentAsync()));
            problems.Add(($"/planning/external-review/2021/measures/{Measure}", await PageChecks.AllAsync(planning, "external-review-measure")));
            await planning.GetByLabel("審議会の評価").SelectOptionAsync(new SelectOptionValue { Label = "一部見直しが必要" });
            await planning.GetByLabel("審議会の意見").FillAsync(Opinion);
            await planning.GetByLabel("市の対応方針").FillAsync(Response);
            await planning.GetByRole(AriaRole.Button, new() { Name = "公表する" }).ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("審議会の意見と市の対応方針を公表しました。");

            // Public beside the evaluation: the measure page on a phone and on a desktop, and the yearly report.
            await citizen.GotoAsync(server.Url($"/measures/{Measure}").ToString()); // from the top: the keyboard check starts at the first Tab
            var section = citizen.Locator("section[aria-labelledby='external-review-2021']");
            await Assertions.Expect(section).ToContainTextAsync("令和3年度の外部評価");
            await Assertions.Expect(section).ToContainTextAsync(Opinion);
            await Assertions.Expect(section).ToContainTextAsync(Response);
            await Assertions.Expect(section).ToContainTextAsync("一部見直しが必要");
            problems.Add(("measure page with the committee finding (phone)", [.. await PageChecks.AllAsync(citizen, "measure-committee-phone"), .. await PageInspector.OverflowAsync(citizen)]));
            await section.ScreenshotAsync(new() { Path = Path.Combine(SuitePaths.Screenshots, "measure-committee-phone.png") });
            var desktop = await suite.NewPageAsync(Screen.Desktop);
            try
            {
                var response = await desktop.GotoAsync(server.Url($"/measures/{Measure}").ToString());
                documents.Add(new HtmlDocument("measure-committee", await response!.TextAsync()));
                await desktop.Locator("section[aria-labelledby='external-review-2021']").ScreenshotAsync(new() { Path = Path.Combine(SuitePaths.Screenshots, "measure-committee-desktop.png") });
            }
            finally
            {
                await desktop.Context.CloseAsync();
            }

            await planning.GotoAsync(server.Url("/planning/report?year=2021").ToString());
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync(Opinion);
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync(Response);
        }
        finally
        {
            if (reviewer is not null)
            {
                await reviewer.Context.CloseAsync();
            }

            await citizen.Context.CloseAsync();
            await planning.Context.CloseAsync();
            await admin.Context.CloseAsync();
        }

        var invalid = NuHtmlChecker.Describe(await NuHtmlChecker.ValidateAsync(documents, "external-review-pages"));
        Expect.NoProblems("axe, keyboard, headings and tables on the external review pages", problems);
        Assert.True(invalid.Length == 0, invalid);
    }
}
