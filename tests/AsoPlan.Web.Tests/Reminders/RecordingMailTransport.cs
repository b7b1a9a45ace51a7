using System.Collections.Concurrent;
using AsoPlan.Web.Infrastructure.Mail;

namespace AsoPlan.Web.Tests.Reminders;

/// <summary>The mail seam: keeps what would have been sent; can be told to fail like an unreachable SMTP server.</summary>
public sealed class RecordingMailTransport : IMailTransport
{
    private readonly ConcurrentQueue<OutgoingMail> sent = new();

    public bool IsEnabled => true;

    public bool Failing { get; set; }

    public IReadOnlyList<OutgoingMail> Sent => [.. sent];

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (Failing)
        {
            throw new IOException("SMTP server unreachable (test)");
        }

        sent.Enqueue(mail);
        return Task.CompletedTask;
    }

    /// <summary>Mails about one fiscal year (its wareki label is in every subject) to one address.</summary>
    public IReadOnlyList<OutgoingMail> To(string address, string wareki) =>
        [.. Sent.Where(m => m.Subject.Contains(wareki, StringComparison.Ordinal) && m.To.Any(t => t.Address == address))];
}
