using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>Sends through the SMTP server in <c>Mail:Smtp</c>, one connection per mail (reminders are few).</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options, TimeProvider clock) : IMailTransport
{
    public bool IsEnabled => true;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var message = MimeMessages.Create(mail, settings, clock.GetUtcNow());
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
