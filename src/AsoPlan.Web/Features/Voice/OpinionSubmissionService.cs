using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Voice;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// Receives a citizen's opinion: checks it by <see cref="OpinionSubmissionRules"/> (nothing is stored while there is a
/// problem), marks a duplicate of an earlier one, numbers it within the fiscal year of receipt and audits the receipt
/// without its text or the sender's details. No client address is stored.
/// </summary>
public sealed class OpinionSubmissionService(AsoPlanDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The audit trail's actor for a citizen's post: there is no account.</summary>
    public const string Citizen = "市民（匿名）";

    private const int Attempts = 3;

    public async Task<OpinionSubmissionResult> SubmitAsync(int measureId, OpinionSubmission submission, CancellationToken cancellationToken = default)
    {
        var check = OpinionSubmissionRules.Check(submission);
        if (check.Opinion is not { } accepted)
        {
            return new OpinionSubmissionResult(null, check.Problems);
        }

        for (var attempt = 1; ; attempt++)
        {
            var opinion = await StageAsync(measureId, accepted, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new OpinionSubmissionResult(opinion, []);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Two opinions took the same number at once (the unique index): number this one again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Opinion> StageAsync(int measureId, AcceptedOpinion accepted, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var receivedAt = now.UtcDateTime;
        var year = FiscalYear.Containing(JapanCalendar.Today(now)).Year;
        var since = OpinionDuplicates.Since(receivedAt);
        var earlier = await db.Opinions.AsNoTracking()
            .Where(o => o.MeasureId == measureId && o.Fingerprint == accepted.Fingerprint && o.ReceivedAt >= since)
            .Select(o => new EarlierOpinion(o.Id, o.MeasureId, o.Fingerprint!, o.ReceivedAt, o.State))
            .ToListAsync(cancellationToken);
        var last = await db.Opinions.AsNoTracking().Where(o => o.ReceiptYear == year).MaxAsync(o => (int?)o.ReceiptSequence, cancellationToken) ?? 0;
        var opinion = new Opinion
        {
            MeasureId = measureId,
            ReceiptYear = year,
            ReceiptSequence = last + 1,
            ReceiptCheck = ReceiptNumber.NewCheck(),
            ReceivedAt = receivedAt,
            ChangedAt = receivedAt,
            Text = accepted.Text,
            AgeGroup = accepted.AgeGroup,
            District = accepted.District,
            SenderName = accepted.Name,
            ConsentToPublish = accepted.ConsentToPublish,
            Fingerprint = accepted.Fingerprint,
            DuplicateOfId = OpinionDuplicates.DuplicateOf(measureId, accepted.Fingerprint, receivedAt, earlier),
            State = OpinionState.New,
        };
        db.Opinions.Add(opinion);
        audit.Record(Citizen, OpinionActions.Submit, OpinionActions.EntityType, opinion.Receipt, null,
            new { State = OpinionStateLabels.Japanese(opinion.State), opinion.ConsentToPublish, Duplicate = opinion.DuplicateOfId is not null });
        return opinion;
    }
}

public sealed record OpinionSubmissionResult(Opinion? Opinion, IReadOnlyList<OpinionProblem> Problems)
{
    public bool Succeeded => Opinion is not null;
}
