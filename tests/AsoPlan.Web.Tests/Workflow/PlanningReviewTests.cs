using System.Globalization;
using System.Net;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Tests.Workflow;

[Collection(WorkflowTests.Name)]
public sealed class PlanningReviewTests(WorkflowPortal portal)
{
    private const int Measure = 13; // 建設課: 7 indicators
    private static readonly string[] Values = ["10", "1.5", "2.5", "300", "50.5", "60.5", "70.5"];

    [Fact]
    public async Task Planning_office_opens_a_year_with_a_deadline_that_staff_then_see_and_closes_it_again()
    {
        using var planning = await portal.PlanningAsync();
        using var staff = await portal.StaffAsync("kensetsu");
        var page = await planning.Client.GetPageAsync("/planning/windows");

        using (var open = await planning.Client.PostWithTokenAsync("/planning/windows/2024", HtmlForm.Token(page, "/planning/windows/2024"), [new("open", "true"), new("deadline", "2099-05-31")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        }

        Assert.Contains("令和6年度の入力受付を開始しました。", await planning.Client.GetPageAsync("/planning/windows"), StringComparison.Ordinal);
        var home = await staff.Client.GetPageAsync("/staff");
        Assert.Contains("締切 2099年5月31日", home, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.DoText\"", await staff.Client.GetPageAsync("/staff/records/13/2024"), StringComparison.Ordinal);

        using (var close = await planning.Client.PostWithTokenAsync("/planning/windows/2024", HtmlForm.Token(page, "/planning/windows/2024"), [new("open", "false"), new("deadline", "")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        }

        Assert.DoesNotContain("name=\"Form.DoText\"", await staff.Client.GetPageAsync("/staff/records/13/2024"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-310, "は、本日（", "この締切日で受付を開始する")]
    [InlineData(0, "は本日です", "この締切日で受付を開始する")]
    public async Task A_deadline_today_or_past_is_asked_about_in_wareki_before_the_window_opens(int days, string words, string button)
    {
        await portal.SetWindowAsync(2024, open: false);
        using var planning = await portal.PlanningAsync();
        var deadline = JapanCalendar.Today(DateTimeOffset.UtcNow).AddDays(days);
        var typed = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var audited = await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "EntryWindow"));

        using var asked = await planning.Client.SubmitFormAsync("/planning/windows", "/planning/windows/2024", [new("open", "true"), new("deadline", typed)]);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var html = await asked.BodyAsync();
        var question = Html.Text(Html.Section(html, "confirm-2024", "div"));
        Assert.Contains($"締切日の{JapanCalendar.WarekiDate(deadline)}{words}", question, StringComparison.Ordinal);
        Assert.Contains(button, question, StringComparison.Ordinal);
        Assert.Contains(days < 0 ? "より前の日付です" : "本日中だけ", question, StringComparison.Ordinal);
        Assert.DoesNotContain("受付を開始しました", html, StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.EntryWindows.AnyAsync(w => w.FiscalYear == 2024 && w.IsOpen)));
        Assert.Equal(audited, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "EntryWindow")));

        using var confirmed = await planning.Client.PostWithTokenAsync("/planning/windows/2024", HtmlForm.Token(html, "/planning/windows/2024"),
            HtmlForm.Fields(Html.Section(html, "confirm-2024", "div"), "/planning/windows/2024"));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.EntryWindows.AnyAsync(w => w.FiscalYear == 2024 && w.IsOpen && w.Deadline == deadline)));
    }

    [Fact]
    public async Task Moving_the_deadline_of_an_open_window_says_so_once_and_does_not_say_it_opened()
    {
        await portal.SetWindowAsync(2024, open: true);
        using var planning = await portal.PlanningAsync();

        using (var moved = await planning.Client.SubmitFormAsync("/planning/windows", "/planning/windows/2024", [new("open", "true"), new("deadline", "2099-06-30")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        var page = await planning.Client.GetPageAsync("/planning/windows");
        Assert.Single(page.Split("令和6年度の締切日を更新しました（締切 令和81年6月30日（火））。").Skip(1));
        Assert.Single(page.Split("class=\"alert alert-success\"").Skip(1));
        Assert.DoesNotContain("受付を開始しました", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025/13/40")]
    [InlineData("来週")]
    public async Task An_unreadable_deadline_is_refused_beside_the_field_and_the_window_stays_closed(string deadline)
    {
        await portal.SetWindowAsync(2024, open: false);
        using var planning = await portal.PlanningAsync();
        var page = await planning.Client.GetPageAsync("/planning/windows");

        using var response = await planning.Client.PostWithTokenAsync("/planning/windows/2024", HtmlForm.Token(page, "/planning/windows/2024"), [new("open", "true"), new("deadline", deadline)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("締切日は日付（例: 2025-05-31）で入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("id=\"deadline-2024-error\"", html, StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.EntryWindows.AnyAsync(w => w.FiscalYear == 2024 && w.IsOpen)));
    }

    [Fact]
    public async Task Submissions_list_shows_every_measure_and_year_including_those_not_started_and_filters()
    {
        using var planning = await portal.PlanningAsync();

        var all = await planning.Client.GetPageAsync("/planning?year=all&state=all");
        var filtered = await planning.Client.GetPageAsync("/planning?year=2023&state=all&section=kensetsu");

        Assert.Contains("実施施策20 ", all, StringComparison.Ordinal);
        Assert.Contains("未入力", all, StringComparison.Ordinal);
        Assert.Equal(80, CountRows(all)); // 20 measures × R3–R6
        Assert.Equal(1, CountRows(filtered));
        Assert.Contains("実施施策13 ", filtered, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kensetsu\" selected=\"selected\">建設課</option>", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitted_record_is_reviewed_against_baseline_and_target_and_approved()
    {
        await portal.SetWindowAsync(2021, open: true);
        await portal.SetRecordStateAsync(Measure, 2021, null);
        using var staff = await portal.StaffAsync("kensetsu");
        using var planning = await portal.PlanningAsync();
        await Journeys.SubmitAsync(staff, Measure, 2021, Values);

        var review = await planning.Client.GetPageAsync("/planning/records/13/2021");
        Assert.Contains("提出済", review, StringComparison.Ordinal);
        Assert.Contains("基準値", review, StringComparison.Ordinal);
        Assert.Contains("300m", review, StringComparison.Ordinal);
        Assert.Contains("研修と広報を実施した。", review, StringComparison.Ordinal);
        Assert.Contains("承認して公表する", review, StringComparison.Ordinal);

        // the review page is the confirmation: it says what will be published before anything is, and changes nothing itself
        var confirm = Html.Text(review);
        Assert.Contains("公開ページ（実施施策13のページ、計画の進み具合）とオープンデータに掲載", confirm, StringComparison.Ordinal);
        Assert.Contains("施策の評価:", confirm, StringComparison.Ordinal);
        Assert.Contains("7件中7件を評価", confirm, StringComparison.Ordinal);
        Assert.Equal(RecordState.Submitted, (await portal.RecordAsync(Measure, 2021))!.State);

        using var approve = await Journeys.ApproveAsync(planning, Measure, 2021);

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var record = await portal.RecordAsync(Measure, 2021);
        Assert.Equal(RecordState.Approved, record!.State);
        Assert.NotNull(record.ApprovedAt);
        Assert.Contains("承認済のため変更できません。", await staff.Client.GetPageAsync("/staff/records/13/2021"), StringComparison.Ordinal);
        Assert.DoesNotContain("承認して公表する", await planning.Client.GetPageAsync("/planning/records/13/2021"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_needs_a_comment_which_staff_then_see_and_can_act_on()
    {
        await portal.SetWindowAsync(2022, open: true);
        await portal.SetRecordStateAsync(Measure, 2022, null);
        using var staff = await portal.StaffAsync("kensetsu");
        using var planning = await portal.PlanningAsync();
        await Journeys.SubmitAsync(staff, Measure, 2022, Values);

        using (var empty = await Journeys.ReturnAsync(planning, Measure, 2022, "  "))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
            Assert.Contains("差戻しの理由を入力してください。", await empty.BodyAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(RecordState.Submitted, (await portal.RecordAsync(Measure, 2022))!.State);
        using (var returned = await Journeys.ReturnAsync(planning, Measure, 2022, "橋梁の点検数の根拠を追記してください。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var form = await staff.Client.GetPageAsync("/staff/records/13/2022");
        Assert.Contains("企画担当から差し戻されました", form, StringComparison.Ordinal);
        Assert.Contains("橋梁の点検数の根拠を追記してください。", form, StringComparison.Ordinal);
        Assert.Contains("提出内容の確認へ", form, StringComparison.Ordinal);
        await Journeys.SubmitAsync(staff, Measure, 2022, Values);
        Assert.Equal(RecordState.Submitted, (await portal.RecordAsync(Measure, 2022))!.State);
    }

    [Fact]
    public async Task History_lists_who_did_what_with_before_and_after_for_planning_and_admin_only()
    {
        await portal.SetWindowAsync(2023, open: true);
        await portal.SetRecordStateAsync(Measure, 2023, null);
        using var staff = await portal.StaffAsync("kensetsu");
        using var planning = await portal.PlanningAsync();
        using var admin = await portal.AdminAsync();
        await Journeys.SubmitAsync(staff, Measure, 2023, Values);
        using (var approve = await Journeys.ApproveAsync(planning, Measure, 2023))
        {
            Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        }

        var history = await planning.Client.GetPageAsync("/planning/records/13/2023/history");
        var adminView = await admin.Client.GetPageAsync("/planning/records/13/2023/history");

        Assert.True(history.IndexOf("承認", StringComparison.Ordinal) < history.IndexOf("提出", history.IndexOf("承認", StringComparison.Ordinal), StringComparison.Ordinal), "newest first");
        Assert.Contains($"（{planning.Email}）", history, StringComparison.Ordinal);
        Assert.Contains($"（{staff.Email}）", history, StringComparison.Ordinal);
        Assert.Contains("<td class=\"multiline\">提出済</td>", history, StringComparison.Ordinal);
        Assert.Contains("<td class=\"multiline\">承認済</td>", history, StringComparison.Ordinal);
        Assert.Contains("300m", history, StringComparison.Ordinal);
        Assert.Contains($"（{planning.Email}）", adminView, StringComparison.Ordinal);
        await staff.Client.GetPageAsync("/planning/records/13/2023/history", HttpStatusCode.Forbidden);
    }

    private static int CountRows(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return body.Split("<tr>").Length - 1;
    }
}
