namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>Neither a pickup folder nor an SMTP host is configured: reminders are not sent (and not recorded as sent).</summary>
public sealed class NoMailTransport : IMailTransport
{
    public bool IsEnabled => false;

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No mail transport is configured (Mail:PickupDirectory or Mail:Smtp:Host).");
}
