using MailKit.Security;

namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>
/// <c>Mail:*</c>. <see cref="PickupDirectory"/> set: mails are written there as .eml files (Development).
/// Otherwise <c>Mail:Smtp:Host</c> set: mails go to that SMTP server. Neither: no mail is sent.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>The sender address, e.g. kikaku@city.aso.lg.jp; required when mail is configured.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "阿蘇市総合計画 進行管理";

    /// <summary>A folder for .eml files instead of SMTP; relative to the content root.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary><c>Mail:Smtp:*</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's choice: <c>StartTls</c> (default, port 587), <c>SslOnConnect</c> (465), <c>None</c> (a relay inside the office network), <c>Auto</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Blank: no authentication (an internal relay).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
