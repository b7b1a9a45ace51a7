using AsoPlan.Core.Voice;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// Applies the retention rule (<see cref="OpinionRetention"/>, docs/citizen-voice.md#retention) to every opinion whose
/// period has ended: the sender's name, age group and district are erased, and the text and reply draft of an opinion that
/// ended 非公表. A published opinion keeps its text and reply (the city's public record). Each erasure is audited as
/// <see cref="OpinionActions.Erase"/> by 「保存期間の経過（自動）」, never with what was erased.
/// </summary>
public sealed class OpinionRetentionRun(AsoPlanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string Actor = "保存期間の経過（自動）";

    /// <summary>Erases what is due now; the number of opinions changed.</summary>
    public async Task<int> EraseDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var cutoff = OpinionRetention.ReceivedBeforeIsPast(now);
        var candidates = await db.Opinions
            .Where(o => o.ReceivedAt < cutoff && o.State != OpinionState.Deleted)
            .Where(o => o.SenderName != null || o.AgeGroup != null || o.District != null || (o.State == OpinionState.NotPublished && o.Text != null))
            .ToListAsync(cancellationToken);
        var erased = 0;
        foreach (var opinion in candidates)
        {
            var due = OpinionRetention.Due(opinion.State, opinion.ReceivedAt, now, opinion.SenderName is not null || opinion.AgeGroup is not null || opinion.District is not null, opinion.Text is not null);
            if (!due.Any)
            {
                continue;
            }

            Erase(opinion, due, now.UtcDateTime);
            audit.Record(Actor, OpinionActions.Erase, OpinionActions.EntityType, opinion.Receipt, null,
                new { State = OpinionStateLabels.Japanese(opinion.State), Erased = due.Text ? "送信者の情報・本文・回答案" : "送信者の情報", KeptUntil = OpinionRetention.KeptUntil(opinion.ReceivedAt) });
            erased++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return erased;
    }

    private static void Erase(Opinion opinion, OpinionErasure due, DateTime nowUtc)
    {
        if (due.SenderDetails)
        {
            opinion.SenderName = null;
            opinion.AgeGroup = null;
            opinion.District = null;
            opinion.SenderDetailsErasedAt = nowUtc;
        }

        if (due.Text)
        {
            opinion.Text = null;
            opinion.ReplyText = null;
            opinion.ReplyReturnComment = null;
            opinion.NotPublishedNote = null;
            opinion.Fingerprint = null;
        }

        opinion.ChangedAt = nowUtc;
        opinion.Version = Guid.NewGuid();
    }
}
