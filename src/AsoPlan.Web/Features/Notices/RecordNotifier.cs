using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Features.Notices;

/// <summary>
/// Mails the people a record's event concerns, once, right after the event was saved: a submission or a correction
/// request to the planning office, a return, a reopening or an approval to the owning section. Locked accounts and
/// accounts without an address get nothing. Each mail (or failed attempt) is written to the record's audit trail,
/// so the history and the record pages list it. Without a mail transport or <c>Reminders:PortalUrl</c> nothing is
/// sent and nothing is listed; a failure never undoes the event.
/// </summary>
public sealed partial class RecordNotifier(
    AsoPlanDbContext db,
    AuditTrail audit,
    IMailTransport transport,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<RecordNotifier> logger)
{
    /// <summary>The actor written to the trail for a notification: the system, on behalf of the event's actor.</summary>
    public const string Sender = "通知メール（自動送信）";

    private static readonly string[] SentBack = [RecordActions.Return, RecordActions.Reopen];

    public async Task NotifyAsync(RecordResource resource, string action, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!transport.IsEnabled || options.Value.PortalUrl is null)
        {
            return;
        }

        var key = RecordAuditKey.Of(resource.MeasureNumber, resource.FiscalYear);
        var resubmission = action == RecordActions.Submit && await db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.EntityType == RecordAuditKey.EntityType && a.EntityKey == key && SentBack.Contains(a.Action), cancellationToken);
        if (RecordMailKind.For(action, resubmission) is not { } kind)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var recipients = await RecipientsAsync(kind.ToOffice ? null : resource.OwnerSectionId, now, cancellationToken);
        if (recipients.Count == 0)
        {
            LogNoRecipients(key, action);
            return;
        }

        var happened = await EventAsync(resource, actor, action, now, cancellationToken);
        var page = new Uri(new Uri(options.Value.PortalUrl.EndsWith('/') ? options.Value.PortalUrl : options.Value.PortalUrl + "/"),
            $"{(kind.ToOffice ? "planning" : "staff")}/records/{resource.MeasureNumber}/{resource.FiscalYear}");
        var mail = RecordMessages.Compose(kind, happened, recipients, page);
        var sent = await SendAsync(mail, key, cancellationToken);
        audit.Record(Sender, RecordActions.Mail, RecordAuditKey.EntityType, key, null,
            new RecordMailSnapshot(action, mail.Subject, [.. recipients.Select(r => r.Name)], [.. recipients.Select(r => r.Address)], sent));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<bool> SendAsync(OutgoingMail mail, string key, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(mail, cancellationToken);
            LogSent(mail.Subject, mail.To.Count);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, key);
            return false;
        }
    }

    /// <summary>The planning office (<paramref name="sectionId"/> null) or a section's staff, as <see cref="MailRecipients"/> chooses them.</summary>
    private async Task<List<MailRecipient>> RecipientsAsync(int? sectionId, DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await MailRecipients.InRoleAsync(db, sectionId is null ? Roles.PlanningOffice : Roles.SectionStaff, now, sectionId, cancellationToken))
            .Select(r => r.Recipient)];

    private async Task<RecordEvent> EventAsync(RecordResource resource, string actor, string action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking()
            .Where(m => m.Id == resource.MeasureId)
            .Select(m => new { m.Title, Section = m.OwnerSection!.Name, PlanName = m.Policy!.PlanPeriod!.Plan!.Name })
            .SingleAsync(cancellationToken);
        var record = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.MeasureId == resource.MeasureId && r.FiscalYear == resource.FiscalYear)
            .Select(r => new { r.ReviewComment, r.CorrectionReason, r.CorrectionRequest })
            .SingleAsync(cancellationToken);
        var actorName = await db.Users.AsNoTracking().Where(u => u.UserName == actor).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? actor;
        var text = action switch
        {
            RecordActions.Return => record.ReviewComment,
            RecordActions.Reopen => record.CorrectionReason,
            RecordActions.RequestCorrection => record.CorrectionRequest,
            _ => null,
        };
        return new RecordEvent(measure.PlanName, resource.MeasureNumber, measure.Title, measure.Section, resource.FiscalYear, now, actorName, text);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification sent ({Recipients} recipients): {Subject}")]
    private partial void LogSent(string subject, int recipients);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification about record {Record} could not be sent")]
    private partial void LogFailed(Exception exception, string record);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nobody to notify about {Action} of record {Record}: no unlocked account with an e-mail address")]
    private partial void LogNoRecipients(string record, string action);
}
