namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>The seam between the app and the mail system: SMTP, a pickup folder, or none configured.</summary>
public interface IMailTransport
{
    /// <summary>False when no mail is configured; nothing is sent and nothing is recorded as sent.</summary>
    bool IsEnabled { get; }

    /// <summary>Sends or throws; the caller decides what a failure means.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
