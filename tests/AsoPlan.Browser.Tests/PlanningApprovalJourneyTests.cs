using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The planning office reviews a 令和4年度 submission: finds it in the review queue filtered by year, state and section,
/// returns it with a comment the section sees, finds the corrected resubmission through the queue's 再提出 count,
/// approves it, and a citizen then finds the value on the measure page.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class PlanningApprovalJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Year = 2022;

    [Fact]
    public async Task Planning_office_returns_then_approves_a_submission_and_the_value_becomes_public()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var staff = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.StaffEmail);
        var citizen = await suite.NewPageAsync(Screen.Phone);
        try
        {
            await WorkSteps.OpenWindowAsync(planning, server, "令和4年度");
            await WorkSteps.SubmitAsync(staff, server, Year, ["24", "4.9", "427.0", "30", "47.9", "44.0", "39.0"]);

            // Not public while submitted.
            await citizen.GotoAsync(server.Url($"/measures/{WorkAccounts.StaffMeasure}").ToString());
            var bridgesRow = citizen.Locator("main table tr", new() { HasTextString = WorkSteps.Indicators[0].Name });
            await Assertions.Expect(bridgesRow).Not.ToContainTextAsync("24橋");

            // The submission list, filtered to the year and the section, leads to the review page.
            await planning.GotoAsync(server.Url("/account").ToString());
            await planning.GetByRole(AriaRole.Link, new() { Name = "提出内容の確認・承認（企画担当）" }).ClickAsync();
            await planning.GetByLabel("年度", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "令和4年度" });
            await planning.GetByLabel("状態", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "確認待ち（提出済・再提出）" });
            await planning.GetByLabel("担当課", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = WorkAccounts.StaffSection });
            await planning.GetByRole(AriaRole.Button, new() { Name = "絞り込む" }).ClickAsync();
            await Assertions.Expect(planning).ToHaveURLAsync(server.Url($"/planning?year={Year}&state=review&section=kensetsu").ToString());
            var queue = planning.Url;
            var row = planning.Locator("tbody tr", new() { HasTextString = $"実施施策{WorkAccounts.StaffMeasure} " });
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row).ToContainTextAsync("提出済");
            await Assertions.Expect(row).ToContainTextAsync("本日提出");
            await row.GetByRole(AriaRole.Link, new() { Name = "確認・承認" }).ClickAsync();

            // Values against baseline and target; returned with a comment.
            var review = planning.Locator("main table tr", new() { HasTextString = WorkSteps.Indicators[0].Name });
            await Assertions.Expect(review).ToContainTextAsync("18 橋");
            await Assertions.Expect(review).ToContainTextAsync("24橋");
            await planning.GetByLabel("差戻しの理由（担当課に表示されます）").FillAsync("補修済橋梁数の内訳を取組実績に書いてください。");
            await planning.GetByRole(AriaRole.Button, new() { Name = "差戻しの確認へ" }).ClickAsync();
            await Assertions.Expect(planning.Locator("h1")).ToContainTextAsync("差し戻しの確認");
            await Assertions.Expect(planning.Locator("#return-comment")).ToContainTextAsync("補修済橋梁数の内訳を取組実績に書いてください。");
            await planning.GetByRole(AriaRole.Button, new() { Name = "差し戻す" }).ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("差し戻しました。");

            // The section sees the comment, corrects and resubmits.
            await staff.GotoAsync(server.Url($"/staff/records/{WorkAccounts.StaffMeasure}/{Year}").ToString());
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("企画担当から差し戻されました");
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("補修済橋梁数の内訳を取組実績に書いてください。");
            await staff.GetByLabel("取組実績（Do）").FillAsync("補修: 阿蘇大橋ほか6橋（内訳は別紙）。");
            await WorkSteps.Indicator(staff, WorkSteps.Indicators[4]).GetByLabel("実績値").FillAsync("４８．２％");
            await WorkSteps.ConfirmAndSubmitAsync(staff);

            // The bookmarked queue counts it as a resubmission; its count links to the list that holds it.
            await planning.GotoAsync(queue);
            await planning.GetByRole(AriaRole.Link, new() { Name = "再提出: 1件" }).ClickAsync();
            await Assertions.Expect(planning).ToHaveURLAsync(server.Url($"/planning?year={Year}&state=resubmitted&section=kensetsu").ToString());
            row = planning.Locator("tbody tr", new() { HasTextString = $"実施施策{WorkAccounts.StaffMeasure} " });
            await Assertions.Expect(row).ToContainTextAsync("再提出");
            await row.GetByRole(AriaRole.Link, new() { Name = "確認・承認" }).ClickAsync();

            // The review shows what changed since the return, changed fields first, marked in words.
            var changes = planning.Locator("#changes");
            await Assertions.Expect(changes).ToContainTextAsync("変更された項目: 2件");
            var changed = changes.Locator("tbody tr");
            await Assertions.Expect(changed.Nth(0)).ToContainTextAsync(WorkSteps.Indicators[4].Name);
            await Assertions.Expect(changed.Nth(0)).ToContainTextAsync("変更あり");
            await Assertions.Expect(changed.Nth(0).Locator("td").Nth(1)).ToHaveTextAsync("47.9%");
            await Assertions.Expect(changed.Nth(0).Locator("td").Nth(2)).ToHaveTextAsync("48.2%");
            await Assertions.Expect(changed.Nth(1)).ToContainTextAsync("取組実績（Do）");
            await Assertions.Expect(changed.Nth(1)).ToContainTextAsync("補修: 阿蘇大橋ほか6橋（内訳は別紙）。");
            await Assertions.Expect(changed.Nth(2)).ToContainTextAsync("変更なし");

            // Approved, the value is public.
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("補修: 阿蘇大橋ほか6橋");
            await WorkSteps.ConfirmAndApproveAsync(planning);
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("承認済");

            await citizen.ReloadAsync();
            await Assertions.Expect(bridgesRow).ToContainTextAsync("24橋");

            // A deadline already past is not taken silently: the page asks, with the date in wareki, and changes nothing.
            var past = AsoPlan.Core.FiscalYears.JapanCalendar.Today(DateTimeOffset.UtcNow).AddDays(-300);
            await planning.GotoAsync(server.Url("/planning/windows").ToString());
            await planning.Locator("#deadline-2022").FillAsync(past.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await planning.Locator("section[aria-labelledby='heading-2022']").GetByRole(AriaRole.Button, new() { Name = "締切日を更新" }).ClickAsync();
            var question = planning.Locator("#confirm-2022");
            await Assertions.Expect(question).ToContainTextAsync($"締切日の{AsoPlan.Core.FiscalYears.JapanCalendar.WarekiDate(past)}は、本日（");
            await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "この締切日で更新する" })).ToBeVisibleAsync();
            await Assertions.Expect(planning.Locator(".alert-success")).ToHaveCountAsync(0);
            await question.GetByRole(AriaRole.Link, new() { Name = "締切日を選び直す" }).ClickAsync();
            await Assertions.Expect(planning.Locator("#confirm-2022")).ToHaveCountAsync(0);
            await Assertions.Expect(planning.Locator("#deadline-2022")).ToHaveValueAsync(string.Empty);
        }
        finally
        {
            await citizen.Context.CloseAsync();
            await staff.Context.CloseAsync();
            await planning.Context.CloseAsync();
        }
    }
}
