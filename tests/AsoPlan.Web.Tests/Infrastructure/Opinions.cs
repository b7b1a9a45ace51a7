using AsoPlan.Core.Audit;
using AsoPlan.Core.Voice;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>Writes citizens' opinions straight into a running portal's database, as the moderation would leave them.</summary>
public static class Opinions
{
    /// <summary>
    /// An opinion with consent, assigned to <paramref name="sectionCode"/> with a drafted reply (回答案あり), its trail saying
    /// the reply was drafted by <paramref name="replyAuthor"/> (who then may not publish it). Returns its id.
    /// </summary>
    public static async Task<long> AddRepliedAsync(PortalFactory factory, int measureNumber, string sectionCode, string? replyAuthor)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var measureId = await db.Measures.Where(m => m.Number == measureNumber && m.Policy!.PlanPeriod!.IsCurrent).Select(m => m.Id).SingleAsync();
        var sectionId = await db.Sections.Where(s => s.Code == sectionCode).Select(s => s.Id).SingleAsync();
        var sequence = (await db.Opinions.Where(o => o.ReceiptYear == 2099).MaxAsync(o => (int?)o.ReceiptSequence) ?? 0) + 1;
        var opinion = new Opinion
        {
            MeasureId = measureId,
            ReceiptYear = 2099,
            ReceiptSequence = sequence,
            ReceiptCheck = "TEST",
            ReceivedAt = DateTime.UtcNow,
            ChangedAt = DateTime.UtcNow,
            Text = "試験のご意見です。",
            SenderName = "試験 花子",
            ConsentToPublish = true,
            Fingerprint = OpinionDuplicates.Fingerprint("試験のご意見です。"),
            State = OpinionState.Replied,
            AssignedSectionId = sectionId,
            ReplyText = "試験の回答案です。",
        };
        db.Opinions.Add(opinion);
        db.AuditEntries.Add(new AuditEntry { At = DateTime.UtcNow, Actor = "試験", Action = OpinionActions.Assign, EntityType = OpinionActions.EntityType, EntityKey = opinion.Receipt });
        if (replyAuthor is not null)
        {
            db.AuditEntries.Add(new AuditEntry { At = DateTime.UtcNow, Actor = replyAuthor, Action = OpinionActions.DraftReply, EntityType = OpinionActions.EntityType, EntityKey = opinion.Receipt });
        }

        await db.SaveChangesAsync();
        return opinion.Id;
    }
}
