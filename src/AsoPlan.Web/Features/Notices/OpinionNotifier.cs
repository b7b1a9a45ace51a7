using AsoPlan.Core.Accounts;
using AsoPlan.Core.Voice;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Features.Notices;

/// <summary>
/// Mails the staff of the section an opinion was just assigned to. The mail names the measure and links to the opinion
/// on the staff side; it never carries the opinion's text or anything about the sender (mail leaves the portal and is
/// kept outside its retention). Each mail, or failed attempt, is written to the opinion's audit trail as
/// <c>opinion.mail</c>. Without a transport or <c>Reminders:PortalUrl</c> nothing is sent; a failure never undoes the assignment.
/// </summary>
public sealed partial class OpinionNotifier(
    AsoPlanDbContext db, AuditTrail audit, IMailTransport transport, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<OpinionNotifier> logger)
{
    public async Task NotifyAssignedAsync(long opinionId, CancellationToken cancellationToken = default)
    {
        if (!transport.IsEnabled || options.Value.PortalUrl is null)
        {
            return;
        }

        var opinion = await db.Opinions.AsNoTracking().Where(o => o.Id == opinionId && o.AssignedSectionId != null)
            .Select(o => new { o.Id, o.ReceiptYear, o.ReceiptSequence, o.ReceiptCheck, SectionId = o.AssignedSectionId!.Value, Section = o.AssignedSection!.Name, o.Measure!.Number, o.Measure.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (opinion is null)
        {
            return;
        }

        var key = ReceiptNumber.Format(opinion.ReceiptYear, opinion.ReceiptSequence, opinion.ReceiptCheck);
        var recipients = (await MailRecipients.InRoleAsync(db, Roles.SectionStaff, clock.GetUtcNow(), opinion.SectionId, cancellationToken)).Select(r => r.Recipient).ToList();
        if (recipients.Count == 0)
        {
            LogNoRecipients(key);
            return;
        }

        var page = new Uri(new Uri(options.Value.PortalUrl.EndsWith('/') ? options.Value.PortalUrl : options.Value.PortalUrl + "/"), $"staff/opinions/{opinion.Id}");
        var subject = $"【総合計画】実施施策{opinion.Number}へのご意見が{opinion.Section}に割り当てられました";
        var body = $"""
            {opinion.Section} ご担当者様

            実施施策{opinion.Number}「{opinion.Title}」に寄せられた市民の方のご意見（受付番号 {key}）が、企画担当（政策防災課）から{opinion.Section}に割り当てられました。
            次のページでご意見を確認し、「市の考え方」の案を作成してください。

            {page}

            ※このメールには、ご意見の本文と送信者の情報は記載していません。
            ※このメールは阿蘇市総合計画進行管理システムから自動送信しています。
            """;
        var mail = new OutgoingMail(recipients, subject, body);
        var sent = await SendAsync(mail, key, cancellationToken);
        audit.Record(RecordNotifier.Sender, OpinionActions.Mail, OpinionActions.EntityType, key, null,
            new { Event = OpinionActions.Assign, mail.Subject, ToNames = recipients.Select(r => r.Name).ToList(), Sent = sent });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<bool> SendAsync(OutgoingMail mail, string key, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(mail, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, key);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification about opinion {Opinion} could not be sent")]
    private partial void LogFailed(Exception exception, string opinion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nobody to notify about the assignment of opinion {Opinion}: no unlocked account of the section with an e-mail address")]
    private partial void LogNoRecipients(string opinion);
}
