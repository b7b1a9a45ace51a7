using System.Globalization;
using System.Text;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Reminders;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Infrastructure.Mail;

namespace AsoPlan.Web.Features.Notices;

/// <summary>The Japanese reminder mail: fiscal year, deadline in wareki, the measures not yet submitted, the portal address.</summary>
public static class ReminderMessages
{
    public static OutgoingMail Compose(string planName, DueReminder due, SectionReminder section, Uri staffPage)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(section);
        var year = new FiscalYear(due.FiscalYear).ToWareki();
        var deadline = due.Deadline is { } d ? JapanCalendar.WarekiDate(d) : null;
        var subject = due.Kind == ReminderKind.DeadlineApproaching
            ? $"【{planName}】{year}の実績入力の締切が近づいています（締切 {deadline}・{DaysLeft(due.DaysLeft)}）"
            : deadline is null
                ? $"【{planName}】{year}の実績入力の受付を開始しました"
                : $"【{planName}】{year}の実績入力の受付を開始しました（締切 {deadline}）";

        var body = new StringBuilder();
        body.Append(section.SectionName).AppendLine(" ご担当者様").AppendLine();
        body.AppendLine(due.Kind == ReminderKind.DeadlineApproaching
            ? $"{planName} {year}の実績入力の締切が近づいています。"
            : $"{planName} {year}の実績入力の受付を開始しました。");
        body.AppendLine(deadline is null ? "締切: 設定されていません" : $"締切: {deadline}（{DaysLeft(due.DaysLeft)}）");
        body.AppendLine();
        body.AppendLine("次の施策の記録がまだ提出されていません。");
        foreach (var measure in section.Measures)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"・実施施策{measure.Number} {measure.Title}（{measure.State.Japanese()}）");
        }

        body.AppendLine();
        body.AppendLine("成果指標の実績値とPDCAを入力し、提出してください。入力は次のページから行えます。");
        body.AppendLine(staffPage.AbsoluteUri);
        body.AppendLine();
        body.AppendLine("このメールは進行管理システムから自動で送信しています。返信はできません。");
        body.AppendLine("お問い合わせは政策防災課（企画担当）までお願いします。");
        return new OutgoingMail(section.Recipients, subject, body.ToString());
    }

    private static string DaysLeft(int? days) => days switch
    {
        null => string.Empty,
        0 => "本日締切",
        _ => string.Create(CultureInfo.InvariantCulture, $"あと{days}日"),
    };
}
