using System.Globalization;
using AsoPlan.Browser.Tests.Infrastructure;
using AsoPlan.Browser.Tests.Site;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Testing;
using Microsoft.Playwright;
using MimeKit;

namespace AsoPlan.Browser.Tests;

/// <summary>
/// The mails of one review, read from the suite server's pickup folder as a mail program would: 総務課 submits
/// 実施施策16 令和4年度, the planning office returns it, 総務課 resubmits, the office approves. After each step exactly one
/// new mail exists, to the right people, in Japanese, with the date in wareki and the record's address (which opens
/// the record); the record's history lists the four mails.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class NotificationMailJourneyTests(BrowserSuite suite, ITestOutputHelper output)
{
    private const int Year = 2022;
    private static readonly SeedMeasure Measure = SeedMeasures.List.Single(m => m.Number == 16);

    [Fact]
    public async Task Submit_return_resubmit_and_approve_each_mail_the_right_people_once_with_the_link_and_the_wareki_date()
    {
        if (OptOut.Applies(output))
        {
            return;
        }

        var server = await suite.ServerAsync();
        var staffEmail = WorkAccounts.SectionStaffEmail(Measure.SectionCode);
        var planning = await WorkAccounts.SignedInPageAsync(suite, WorkAccounts.PlanningEmail);
        var staff = await WorkAccounts.SignedInPageAsync(suite, staffEmail);
        var record = $"records/{Measure.Number}/{Year}";
        var subject = $"【第2次阿蘇市総合計画】実施施策{Measure.Number} 令和4年度の実績が";
        try
        {
            await WorkSteps.OpenWindowAsync(planning, server, "令和4年度");
            var seen = MailFiles(server);

            // 提出 → the planning office.
            await staff.GotoAsync(server.Url($"/staff/{record}").ToString());
            var (_, goal) = Measure.Indicators[0];
            await staff.Locator("fieldset.indicator").First.GetByLabel("実績値")
                .FillAsync(DemoValues.At(goal, Year, 1m).ToString("F" + goal.Decimals, CultureInfo.InvariantCulture));
            await staff.GetByLabel("取組実績（Do）").FillAsync("職員研修を実施した。");
            await staff.GetByRole(AriaRole.Radio, new() { Name = "B", Exact = true }).CheckAsync();
            await staff.GetByLabel("自己評価の理由").FillAsync("おおむね計画どおり。");
            await staff.GetByLabel("改善・今後の方向性（Action）").FillAsync("研修の対象を広げる。");
            await WorkSteps.ConfirmAndSubmitAsync(staff);
            var submitted = OneNewMail(server, seen);
            AssertMail(submitted, subject + "提出されました（" + Measure.SectionName + "）", WorkAccounts.PlanningEmail, "政策防災課（企画担当） ご担当者様", server.Url($"planning/{record}"));
            await planning.GotoAsync(Link(submitted));
            await Assertions.Expect(planning.Locator("h1")).ToContainTextAsync($"実施施策{Measure.Number}");
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("職員研修を実施した。");

            // 差し戻し → the section, with the comment.
            await planning.GetByLabel("差戻しの理由（担当課に表示されます）").FillAsync("研修の受講者数を書いてください。");
            await planning.GetByRole(AriaRole.Button, new() { Name = "差戻しの確認へ" }).ClickAsync();
            await planning.GetByRole(AriaRole.Button, new() { Name = "差し戻す" }).ClickAsync();
            await Assertions.Expect(planning.Locator("main")).ToContainTextAsync("差し戻しました。");
            var returned = OneNewMail(server, seen);
            AssertMail(returned, subject + "差し戻されました（" + Measure.SectionName + "）", staffEmail, Measure.SectionName + " ご担当者様", server.Url($"staff/{record}"));
            Assert.Contains("差戻しの理由: 研修の受講者数を書いてください。", returned.TextBody ?? string.Empty, StringComparison.Ordinal);
            await staff.GotoAsync(Link(returned));
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("研修の受講者数を書いてください。");

            // 再提出 → the planning office.
            await staff.GetByLabel("取組実績（Do）").FillAsync("職員研修を実施した（受講者120人）。");
            await WorkSteps.ConfirmAndSubmitAsync(staff);
            AssertMail(OneNewMail(server, seen), subject + "再提出されました（" + Measure.SectionName + "）", WorkAccounts.PlanningEmail, "政策防災課（企画担当） ご担当者様", server.Url($"planning/{record}"));

            // 承認 → the section.
            await planning.GotoAsync(server.Url($"/planning/{record}").ToString());
            await WorkSteps.ConfirmAndApproveAsync(planning);
            AssertMail(OneNewMail(server, seen), subject + "承認されました（" + Measure.SectionName + "）", staffEmail, Measure.SectionName + " ご担当者様", server.Url($"staff/{record}"));

            // The history lists each mail with its subject and recipient.
            await planning.GotoAsync(server.Url($"/planning/{record}/history").ToString());
            var history = await planning.Locator("main").InnerTextAsync();
            foreach (var done in new[] { "提出されました", "差し戻されました", "再提出されました", "承認されました" })
            {
                Assert.Contains(subject + done, history, StringComparison.Ordinal);
            }

            Assert.Equal(4, history.Split("通知メール（自動送信）").Length - 1);
            Assert.Contains(staffEmail, history, StringComparison.Ordinal);
            Assert.Contains(WorkAccounts.PlanningEmail, history, StringComparison.Ordinal);
        }
        finally
        {
            await staff.Context.CloseAsync();
            await planning.Context.CloseAsync();
        }
    }

    private static HashSet<string> MailFiles(AppServer server) =>
        Directory.Exists(server.MailFolder) ? [.. Directory.GetFiles(server.MailFolder, "*.eml")] : [];

    /// <summary>The one .eml written since <paramref name="seen"/> (which it joins); the mail is written before the page answers.</summary>
    private static MimeMessage OneNewMail(AppServer server, HashSet<string> seen)
    {
        var added = MailFiles(server).Except(seen).ToList();
        Assert.True(added.Count == 1, $"expected exactly one new mail, found {added.Count}: {string.Join(", ", added.Select(Path.GetFileName))}");
        seen.Add(added[0]);
        return MimeMessage.Load(added[0]);
    }

    private static void AssertMail(MimeMessage mail, string subject, string to, string greeting, Uri page)
    {
        Assert.Equal(subject, mail.Subject);
        Assert.NotNull(mail.TextBody);
        Assert.Equal([to], mail.To.Mailboxes.Select(m => m.Address));
        Assert.StartsWith(greeting, mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("utf-8", mail.BodyParts.OfType<TextPart>().Single().ContentType.Charset, ignoreCase: true);
        // The day it happened in wareki (the time is Japan's); the date of the mail itself is the sending moment.
        var day = JapanCalendar.WarekiDate(JapanCalendar.Today(mail.Date));
        Assert.Contains($"日時: {day} ", mail.TextBody, StringComparison.Ordinal);
        Assert.True(mail.Date > DateTimeOffset.UtcNow.AddMinutes(-5), $"the mail is dated {mail.Date:O}");
        Assert.Contains(page.AbsoluteUri, mail.TextBody.Split('\n').Select(l => l.Trim()));
    }

    private static string Link(MimeMessage mail) =>
        (mail.TextBody ?? string.Empty).Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http://", StringComparison.Ordinal));
}
