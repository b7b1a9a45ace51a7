using System.Text.Json;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Notices;

/// <summary>A notification mail as a record page lists it: when, about what, to whom (names), and whether it went out.</summary>
public sealed record SentMail(DateTime At, string Subject, IReadOnlyList<string> ToNames, bool Sent);

/// <summary>The notification mails of one record, read back from its audit trail (<c>record.mail</c> entries), oldest first.</summary>
public static class RecordMails
{
    public static RecordMailSnapshot? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<RecordMailSnapshot>(json);

    public static async Task<IReadOnlyList<SentMail>> OfAsync(AsoPlanDbContext db, string entityKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == RecordAuditKey.EntityType && a.EntityKey == entityKey && a.Action == RecordActions.Mail)
            .OrderBy(a => a.Id)
            .Select(a => new { a.At, a.After })
            .ToListAsync(cancellationToken);
        return [.. entries.Select(e => (e.At, Mail: Read(e.After))).Where(e => e.Mail is not null)
            .Select(e => new SentMail(e.At, e.Mail!.Subject, e.Mail.ToNames, e.Mail.Sent))];
    }
}
