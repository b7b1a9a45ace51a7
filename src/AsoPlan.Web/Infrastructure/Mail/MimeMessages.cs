using MimeKit;

namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>Turns an <see cref="OutgoingMail"/> into a MIME message: UTF-8 plain text, Japanese headers encoded.</summary>
public static class MimeMessages
{
    public static MimeMessage Create(OutgoingMail mail, MailOptions options, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage { Subject = mail.Subject, Date = date };
        message.From.Add(new MailboxAddress(options.FromName, options.From ?? throw new InvalidOperationException("Mail:From is not set.")));
        foreach (var to in mail.To)
        {
            message.To.Add(new MailboxAddress(to.Name, to.Address));
        }

        // Base64 keeps the Japanese text intact through any relay, 8BITMIME or not.
        var body = new TextPart("plain") { Text = mail.Body, ContentTransferEncoding = ContentEncoding.Base64 };
        body.ContentType.Charset = "utf-8";
        message.Body = body;
        return message;
    }

    /// <summary>Files follow RFC 5322: lines end with CRLF whatever the server's platform.</summary>
    public static FormatOptions FileFormat { get; } = CreateFileFormat();

    private static FormatOptions CreateFileFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
