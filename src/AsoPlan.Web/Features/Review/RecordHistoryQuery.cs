using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Review;

/// <summary>A record's audit trail, each entry reduced to the fields it changed, in Japanese.</summary>
public sealed class RecordHistoryQuery(AsoPlanDbContext db, RecordPages pages)
{
    private static readonly Dictionary<string, string> ActionLabels = new()
    {
        [RecordActions.Save] = "下書き保存",
        [RecordActions.Submit] = "提出",
        [RecordActions.Approve] = "承認",
        [RecordActions.Return] = "差戻し",
        [RecordActions.Reopen] = "訂正のため再開",
        [RecordActions.RequestCorrection] = "訂正の依頼",
        [RecordActions.DeclineCorrection] = "訂正の依頼を見送り",
        [RecordActions.Mail] = "通知メール",
        [RecordActions.FinanceImport] = "予算・決算の取込（下書き）",
    };

    public async Task<RecordHistory> LoadAsync(RecordResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var title = await db.Measures.AsNoTracking().Where(m => m.Id == resource.MeasureId).Select(m => m.Title).SingleAsync(cancellationToken);
        var indicators = await pages.IndicatorsAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        var key = RecordAuditKey.Of(resource.MeasureNumber, resource.FiscalYear);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == RecordAuditKey.EntityType && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.At, a.Actor, a.Action, a.Before, a.After })
            .ToListAsync(cancellationToken);
        var history = entries.Select(e => new HistoryEntry(
            e.At,
            e.Actor,
            ActionLabels.GetValueOrDefault(e.Action, e.Action),
            e.Action == RecordActions.Mail ? MailLines(e.After) : Changes(RecordFields.Of(e.Before, indicators), RecordFields.Of(e.After, indicators))));
        return new RecordHistory(resource.MeasureNumber, title, resource.FiscalYear, [.. history]);
    }

    /// <summary>A notification mail in the history: its subject, its recipients and whether it went out.</summary>
    private static List<HistoryChange> MailLines(string? json) =>
        AsoPlan.Web.Features.Notices.RecordMails.Read(json) is not { } mail ? [] :
        [
            new("件名", null, mail.Subject),
            new("宛先", null, string.Join("、", mail.ToNames.Zip(mail.ToAddresses, (name, address) => $"{name} <{address}>"))),
            new("送信", null, mail.Sent ? "送信しました" : "送信できませんでした（ログを確認してください）"),
        ];

    private static List<HistoryChange> Changes(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after) =>
        [.. before.Keys.Union(after.Keys)
            .Select(label => new HistoryChange(label, before.GetValueOrDefault(label), after.GetValueOrDefault(label)))
            .Where(c => c.Before != c.After)];
}
