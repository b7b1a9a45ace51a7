using System.Globalization;
using System.Net;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Data.Identity;
using AsoPlan.Web.Infrastructure.Mail;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using AsoPlan.Web.Tests.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Reminders;

/// <summary>
/// Mails about a record's events, end to end through the real pages, with the recording transport and fake clock of
/// <see cref="ReminderPortal"/> (a portal of this class's own): who is told, once per event, in which words, and that
/// locked accounts are told nothing — for the record notices and for the window reminders alike.
/// </summary>
public sealed class NotificationTests(ReminderPortal portal) : IClassFixture<ReminderPortal>
{
    private const int Measure = 13; // 建設課: 7 indicators
    private static readonly string[] Values = ["24", "4.9", "427.0", "30", "47.9", "44.0", "39.0"];

    [Fact]
    public async Task A_disabled_or_locked_out_staff_account_gets_no_window_reminder_while_its_colleague_does()
    {
        var open = await portal.StaffAccountAsync("kanko");
        var disabled = await portal.StaffAccountAsync("kanko");
        var lockedOut = await portal.StaffAccountAsync("kanko");
        await DisableAsync(disabled);
        await LockOutAsync(lockedOut);
        var (_, planning) = await portal.SignInAsync(Roles.PlanningOffice);

        using (var response = await OpenAsync(planning, 2021))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Single(portal.Mail.To(open, "令和3年度"));
        Assert.Empty(portal.Mail.To(disabled, "令和3年度"));
        Assert.Empty(portal.Mail.To(lockedOut, "令和3年度"));
    }

    [Fact]
    public async Task A_disabled_or_locked_out_account_gets_no_submit_return_or_approve_notice_while_its_colleague_does()
    {
        const int year = 2023;
        var (staffEmail, staffClient) = await portal.SignInAsync(Roles.SectionStaff, "kensetsu");
        var (officeEmail, officeClient) = await portal.SignInAsync(Roles.PlanningOffice);
        var disabledStaff = await portal.StaffAccountAsync("kensetsu");
        var lockedOutStaff = await portal.StaffAccountAsync("kensetsu");
        var (disabledOffice, _) = await portal.SignInAsync(Roles.PlanningOffice);
        var (lockedOutOffice, _) = await portal.SignInAsync(Roles.PlanningOffice);
        foreach (var email in new[] { disabledStaff, disabledOffice })
        {
            await DisableAsync(email);
        }

        foreach (var email in new[] { lockedOutStaff, lockedOutOffice })
        {
            await LockOutAsync(email);
        }

        using var staff = new SignedIn(staffEmail, staffClient);
        using var office = new SignedIn(officeEmail, officeClient);
        using (await OpenAsync(officeClient, year))
        {
        }

        await Journeys.SubmitAsync(staff, Measure, year, Values);
        using (var returned = await Journeys.ReturnAsync(office, Measure, year, "取組実績に補修した橋の名前を書いてください。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        await Journeys.SubmitAsync(staff, Measure, year, Values);
        using (var approved = await Journeys.ApproveAsync(office, Measure, year))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        string[] toOffice = ["提出されました", "再提出されました"];
        string[] toSection = ["差し戻されました", "承認されました"];
        Assert.Equal(toOffice, Notices(officeEmail, year));
        Assert.Equal(toSection, Notices(staffEmail, year));
        Assert.Empty(Notices(disabledOffice, year));
        Assert.Empty(Notices(lockedOutOffice, year));
        Assert.Empty(Notices(disabledStaff, year));
        Assert.Empty(Notices(lockedOutStaff, year));
    }

    [Fact]
    public async Task Submit_return_resubmit_approve_and_a_correction_request_each_mail_the_right_people_once()
    {
        var (staffEmail, staffClient) = await portal.SignInAsync(Roles.SectionStaff, "kensetsu");
        var lockedStaff = await portal.StaffAccountAsync("kensetsu");
        await DisableAsync(lockedStaff);
        var (officeEmail, officeClient) = await portal.SignInAsync(Roles.PlanningOffice);
        var (lockedOffice, _) = await portal.SignInAsync(Roles.PlanningOffice);
        await LockOutAsync(lockedOffice);
        using var staff = new SignedIn(staffEmail, staffClient);
        using var office = new SignedIn(officeEmail, officeClient);
        using (await OpenAsync(officeClient, 2022))
        {
        }

        var today = JapanCalendar.WarekiDate(portal.Today);
        await Journeys.SubmitAsync(staff, Measure, 2022, Values);

        var submitted = Assert.Single(About(officeEmail));
        Assert.Equal("【第2次阿蘇市総合計画】実施施策13 令和4年度の実績が提出されました（建設課）", submitted.Subject);
        Assert.Contains("政策防災課（企画担当） ご担当者様", submitted.Body, StringComparison.Ordinal);
        Assert.Contains($"日時: {today} ", submitted.Body, StringComparison.Ordinal);
        Assert.Contains("操作した人: 試験 太郎", submitted.Body, StringComparison.Ordinal);
        Assert.Contains(ReminderPortal.PortalUrl + "planning/records/13/2022", submitted.Body, StringComparison.Ordinal);
        Assert.Empty(About(staffEmail));

        using (var returned = await Journeys.ReturnAsync(office, Measure, 2022, "補修済橋梁数の内訳を書いてください。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var back = Assert.Single(About(staffEmail));
        Assert.Equal("【第2次阿蘇市総合計画】実施施策13 令和4年度の実績が差し戻されました（建設課）", back.Subject);
        Assert.Contains("建設課 ご担当者様", back.Body, StringComparison.Ordinal);
        Assert.Contains("差戻しの理由: 補修済橋梁数の内訳を書いてください。", back.Body, StringComparison.Ordinal);
        Assert.Contains(ReminderPortal.PortalUrl + "staff/records/13/2022", back.Body, StringComparison.Ordinal);

        var form = await staffClient.GetPageAsync($"/staff/records/{Measure}/2022");
        await Journeys.SaveAndSubmitAsync(staffClient, Measure, 2022, StaffEntryTests.Token(form), StaffEntryTests.Fields(form).With("Form.DoText", "補修: 阿蘇大橋ほか6橋。"));
        Assert.Equal("【第2次阿蘇市総合計画】実施施策13 令和4年度の実績が再提出されました（建設課）", About(officeEmail)[^1].Subject);

        using (var approved = await Journeys.ApproveAsync(office, Measure, 2022))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal("【第2次阿蘇市総合計画】実施施策13 令和4年度の実績が承認されました（建設課）", About(staffEmail)[^1].Subject);

        var approvedPage = await staffClient.GetPageAsync($"/staff/records/{Measure}/2022");
        var action = $"/staff/records/{Measure}/2022/correction-request";
        using (var requested = await staffClient.PostWithTokenAsync(action, HtmlForm.Token(approvedPage, action),
            HtmlForm.Fields(approvedPage, action).With("reason", "道路改良延長の確定値が出たため").With("confirmed", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        }

        var request = About(officeEmail)[^1];
        Assert.Equal("【第2次阿蘇市総合計画】実施施策13 令和4年度の訂正が依頼されました（建設課）", request.Subject);
        Assert.Contains("訂正の理由: 道路改良延長の確定値が出たため", request.Body, StringComparison.Ordinal);

        // Once per event, to the right side only; the locked accounts got nothing.
        Assert.Equal(3, About(officeEmail).Count);
        Assert.Equal(2, About(staffEmail).Count);
        Assert.Empty(About(lockedOffice));
        Assert.Empty(About(lockedStaff));
        Assert.Equal(5, portal.Mail.Sent.Count(m => m.Subject.Contains("実施施策13 令和4年度", StringComparison.Ordinal)));

        // Each mail is in the record's history, and both sides can see which mails were sent.
        var history = Html.Text(await officeClient.GetPageAsync($"/planning/records/{Measure}/2022/history"));
        Assert.Equal(5, history.Split("通知メール（自動送信）").Length - 1);
        Assert.Contains($"試験 太郎 <{officeEmail}>", history, StringComparison.Ordinal);
        var staffPage = Html.Text(await staffClient.GetPageAsync($"/staff/records/{Measure}/2022"));
        Assert.Contains("この記録について送信した通知メール（5件）", staffPage, StringComparison.Ordinal);
        Assert.Contains("「【第2次阿蘇市総合計画】実施施策13 令和4年度の実績が承認されました（建設課）」", staffPage, StringComparison.Ordinal);
    }

    private List<OutgoingMail> About(string address) =>
        [.. portal.Mail.Sent.Where(m => m.Subject.Contains("実施施策13 令和4年度", StringComparison.Ordinal) && m.To.Any(t => t.Address == address))];

    /// <summary>The verbs of the notices about 実施施策13 in <paramref name="year"/> that <paramref name="address"/> got, in order.</summary>
    private List<string> Notices(string address, int year)
    {
        var about = $"【第2次阿蘇市総合計画】実施施策13 {new FiscalYear(year).ToWareki()}の実績が";
        return [.. portal.Mail.Sent.Where(m => m.Subject.StartsWith(about, StringComparison.Ordinal) && m.To.Any(t => t.Address == address))
            .Select(m => m.Subject[about.Length..m.Subject.IndexOf('（', StringComparison.Ordinal)])];
    }

    /// <summary>An administrator locks the account on its page (「ロック」): it stays locked until unlocked.</summary>
    private async Task DisableAsync(string email)
    {
        var (_, admin) = await portal.SignInAsync(Roles.Admin);
        var user = (await TestAccounts.FindAsync(portal.Factory, email))!;
        using var locked = await admin.SubmitFormAsync($"/admin/accounts/{user.Id}", $"/admin/accounts/{user.Id}/lock", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.True((await TestAccounts.FindAsync(portal.Factory, email))!.LockoutEnd > portal.Clock.GetUtcNow());
    }

    /// <summary>Failed sign-ins lock the account for a while, as Identity counts them (the per-account limit).</summary>
    private async Task LockOutAsync(string email)
    {
        using var scope = portal.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        while (!await users.IsLockedOutAsync(user))
        {
            await users.AccessFailedAsync(user);
        }

        Assert.True(user.LockoutEnd < DateTimeOffset.MaxValue);
    }

    private static Task<HttpResponseMessage> OpenAsync(HttpClient planning, int year) =>
        planning.SubmitFormAsync("/planning/windows", $"/planning/windows/{year}", [new("open", "true"), new("deadline", string.Empty)]);
}
