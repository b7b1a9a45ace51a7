using System.Globalization;
using System.Text;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Infrastructure.Mail;

namespace AsoPlan.Web.Features.Notices;

/// <summary>Which events of a record are mailed, to whom, and in which words.</summary>
public sealed record RecordMailKind(string Action, string Done, bool ToOffice, string? TextLabel)
{
    /// <summary>The mailed events: submit (and resubmit) and correction requests to the planning office; return, reopen and approval to the section.</summary>
    public static RecordMailKind? For(string action, bool resubmission) => action switch
    {
        RecordActions.Submit => new(action, resubmission ? "再提出されました" : "提出されました", ToOffice: true, null),
        RecordActions.RequestCorrection => new(action, "の訂正が依頼されました", ToOffice: true, "訂正の理由"),
        RecordActions.Return => new(action, "差し戻されました", ToOffice: false, "差戻しの理由"),
        RecordActions.Reopen => new(action, "訂正のため再開されました", ToOffice: false, "訂正の理由"),
        RecordActions.Approve => new(action, "承認されました", ToOffice: false, null),
        _ => null,
    };
}

/// <summary>The facts a notification mail states.</summary>
public sealed record RecordEvent(
    string PlanName, int MeasureNumber, string MeasureTitle, string SectionName, int FiscalYear, DateTimeOffset At, string ActorName, string? Text);

/// <summary>The Japanese notification mail: what happened to which record, when (wareki), by whom, and the page to open.</summary>
public static class RecordMessages
{
    public static OutgoingMail Compose(RecordMailKind kind, RecordEvent happened, IReadOnlyList<MailRecipient> to, Uri page)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(happened);
        ArgumentNullException.ThrowIfNull(page);
        var year = new FiscalYear(happened.FiscalYear).ToWareki();
        var record = $"実施施策{happened.MeasureNumber} {year}";
        var verb = kind.Done.StartsWith('の') ? kind.Done : "の実績が" + kind.Done;
        var subject = $"【{happened.PlanName}】{record}{verb}（{happened.SectionName}）";
        var local = happened.At.ToOffset(JapanCalendar.Offset);
        var when = JapanCalendar.WarekiDate(DateOnly.FromDateTime(local.DateTime)) + local.ToString(" H:mm", CultureInfo.InvariantCulture);

        var body = new StringBuilder();
        body.Append(kind.ToOffice ? "政策防災課（企画担当）" : happened.SectionName).AppendLine(" ご担当者様").AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"{happened.PlanName} 実施施策{happened.MeasureNumber}「{happened.MeasureTitle}」{year}の記録{(kind.Done.StartsWith('の') ? kind.Done : "が" + kind.Done)}。");
        body.AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"日時: {when}");
        body.AppendLine(CultureInfo.InvariantCulture, $"担当課: {happened.SectionName}");
        body.AppendLine(CultureInfo.InvariantCulture, $"操作した人: {happened.ActorName}");
        if (kind.TextLabel is not null && !string.IsNullOrWhiteSpace(happened.Text))
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"{kind.TextLabel}: {happened.Text}");
        }

        body.AppendLine();
        body.AppendLine(kind.ToOffice ? "内容の確認は次のページから行えます。" : "記録は次のページから確認できます。");
        body.AppendLine(page.AbsoluteUri);
        body.AppendLine();
        body.AppendLine("このメールは進行管理システムから自動で送信しています。返信はできません。");
        body.AppendLine("お問い合わせは政策防災課（企画担当）までお願いします。");
        return new OutgoingMail(to, subject, body.ToString());
    }
}
