using System.Globalization;
using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Tests.Infrastructure;

namespace AsoPlan.Web.Tests.Reminders;

/// <summary>
/// Entry-window reminders end to end: the planning office opens a window on the real page, the fake clock
/// moves on, the background check runs; what matters is who gets which mail, and how often.
/// Each test uses its own fiscal year, and looks only at mails about that year.
/// </summary>
public sealed class ReminderTests(ReminderPortal portal) : IClassFixture<ReminderPortal>
{
    [Fact]
    public async Task Opening_a_window_mails_each_section_owing_records_once_and_no_section_that_submitted_everything()
    {
        const int Year = 2021;
        const string Wareki = "令和3年度";
        await portal.SetRecordStateAsync(3, Year, RecordState.Approved);   // 農政課 owns only measure 3: all submitted
        await portal.SetRecordStateAsync(1, Year, RecordState.Submitted);  // 政策防災課 owns 1, 2 and 18
        await portal.SetRecordStateAsync(2, Year, RecordState.Draft);
        var nosei = await portal.StaffAccountAsync("nosei");
        var seisaku = await portal.StaffAccountAsync("seisaku-bosai");
        var kanko = await portal.StaffAccountAsync("kanko");
        var (_, planning) = await portal.SignInAsync(Roles.PlanningOffice);
        var deadline = portal.Today.AddDays(60);

        using (var response = await OpenAsync(planning, Year, deadline))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Empty(portal.Mail.To(nosei, Wareki));
        var toSeisaku = Assert.Single(portal.Mail.To(seisaku, Wareki));
        Assert.Single(portal.Mail.To(kanko, Wareki));
        Assert.Equal($"【第2次阿蘇市総合計画】令和3年度の実績入力の受付を開始しました（締切 {JapanCalendar.WarekiDate(deadline)}）", toSeisaku.Subject);
        Assert.Contains("政策防災課 ご担当者様", toSeisaku.Body, StringComparison.Ordinal);
        Assert.Contains($"締切: {JapanCalendar.WarekiDate(deadline)}（あと60日）", toSeisaku.Body, StringComparison.Ordinal);
        Assert.Contains("・実施施策2 ", toSeisaku.Body, StringComparison.Ordinal);
        Assert.Contains("（下書き）", toSeisaku.Body, StringComparison.Ordinal);
        Assert.Contains("・実施施策18 ", toSeisaku.Body, StringComparison.Ordinal);
        Assert.Contains("（未入力）", toSeisaku.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("・実施施策1 ", toSeisaku.Body, StringComparison.Ordinal); // submitted
        Assert.Contains(ReminderPortal.PortalUrl + "staff", toSeisaku.Body, StringComparison.Ordinal);

        var sections = portal.Mail.Sent.Count(m => m.Subject.Contains(Wareki, StringComparison.Ordinal));
        var page = await planning.GetPageAsync("/planning/windows");
        Assert.Contains($"令和3年度の入力受付を開始しました。未提出の記録がある{sections}課に案内メールを送信しました。", page, StringComparison.Ordinal);

        // Neither the background check nor pressing the button again sends the opening notice twice.
        await portal.CheckAsync();
        using (var again = await OpenAsync(planning, Year, deadline))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.Single(portal.Mail.To(seisaku, Wareki));
        Assert.Equal(sections, portal.Mail.Sent.Count(m => m.Subject.Contains(Wareki, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_deadline_reminder_comes_N_days_before_the_deadline_once()
    {
        const int Year = 2022;
        const string Wareki = "令和4年度";
        var kanko = await portal.StaffAccountAsync("kanko");
        var (_, planning) = await portal.SignInAsync(Roles.PlanningOffice);
        var deadline = portal.Today.AddDays(10);
        using (await OpenAsync(planning, Year, deadline))
        {
        }

        Assert.Single(portal.Mail.To(kanko, Wareki)); // the opening notice

        portal.Clock.Advance(TimeSpan.FromDays(2)); // 8 days left: not yet
        await portal.CheckAsync();
        Assert.Single(portal.Mail.To(kanko, Wareki));

        portal.Clock.Advance(TimeSpan.FromDays(1)); // 7 days left: the timer's next check sends it
        await ReminderPortal.WaitForAsync(() => portal.Mail.To(kanko, Wareki).Count == 2);
        var reminder = portal.Mail.To(kanko, Wareki)[1];
        Assert.Equal($"【第2次阿蘇市総合計画】令和4年度の実績入力の締切が近づいています（締切 {JapanCalendar.WarekiDate(deadline)}・あと7日）", reminder.Subject);
        Assert.Contains("・実施施策4 ", reminder.Body, StringComparison.Ordinal);

        await portal.CheckAsync();
        portal.Clock.Advance(TimeSpan.FromDays(1));
        await portal.CheckAsync();
        await portal.CheckAsync();
        Assert.Equal(2, portal.Mail.To(kanko, Wareki).Count);
    }

    [Fact]
    public async Task A_mail_failure_does_not_stop_the_opening_and_the_next_check_sends_it()
    {
        const int Year = 2023;
        const string Wareki = "令和5年度";
        var kanko = await portal.StaffAccountAsync("kanko");
        var (_, planning) = await portal.SignInAsync(Roles.PlanningOffice);

        portal.Mail.Failing = true;
        try
        {
            using var response = await OpenAsync(planning, Year, deadline: null);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = await planning.GetPageAsync("/planning/windows");
            Assert.Contains("令和5年度の入力受付を開始しました。", page, StringComparison.Ordinal);
            Assert.Contains("受付中", Html.Section(page, "heading-2023", "h2"), StringComparison.Ordinal);
            Assert.Equal(0, await portal.DeliveriesAsync(Year));
        }
        finally
        {
            portal.Mail.Failing = false;
        }

        await portal.CheckAsync();

        var notice = Assert.Single(portal.Mail.To(kanko, Wareki));
        Assert.Equal("【第2次阿蘇市総合計画】令和5年度の実績入力の受付を開始しました", notice.Subject);
        Assert.Contains("締切: 設定されていません", notice.Body, StringComparison.Ordinal);
        Assert.True(await portal.DeliveriesAsync(Year) > 0);
    }

    [Fact]
    public async Task Staff_home_shows_the_open_years_deadline_days_left_and_what_is_unsubmitted()
    {
        const int Year = 2024;
        await portal.SetRecordStateAsync(1, Year, RecordState.Submitted);
        await portal.SetRecordStateAsync(2, Year, RecordState.Returned);
        var (_, planning) = await portal.SignInAsync(Roles.PlanningOffice);
        var deadline = portal.Today.AddDays(10);
        using (await OpenAsync(planning, Year, deadline))
        {
        }

        var (_, staff) = await portal.SignInAsync(Roles.SectionStaff, "seisaku-bosai");
        var html = await staff.GetPageAsync("/staff");

        var notice = Html.Text(Html.Section(html, "deadline-2024", "section"));
        Assert.Contains("令和6年度の実績入力を受付中です", notice, StringComparison.Ordinal);
        Assert.Contains($"締切 {JapanCalendar.WarekiDate(deadline)} （あと10日）", notice, StringComparison.Ordinal);
        Assert.Contains("まだ提出していない記録（2件）", notice, StringComparison.Ordinal);
        Assert.Contains("（差戻し）", notice, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/records/2/2024\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/records/18/2024\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("実施施策1 ", notice, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> OpenAsync(HttpClient planning, int year, DateOnly? deadline) =>
        planning.SubmitFormAsync("/planning/windows", $"/planning/windows/{year}", [
            new("open", "true"),
            new("deadline", deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty),
        ]);
}
