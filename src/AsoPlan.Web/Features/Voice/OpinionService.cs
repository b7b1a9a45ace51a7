using AsoPlan.Core.Voice;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// The staff steps of an opinion (assign, draft the reply, send it back, publish, not publish, delete on request): each
/// checks the text it is given, moves the state by <see cref="OpinionWorkflow"/> and writes the audit entry in the same
/// save. Authorization is the caller's (<see cref="OpinionAuthorizationHandler"/>); the posted version proves the state
/// it authorized is still the stored one, so two people deciding at once do not both win.
/// </summary>
public sealed class OpinionService(AsoPlanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string ConflictMessage = "このご意見は、画面を開いた後にほかの方が更新しました。最新の内容を確認してから、もう一度操作してください。";

    public async Task<OpinionResource?> ResourceAsync(long id, CancellationToken cancellationToken = default)
    {
        var opinion = await db.Opinions.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Id, o.AssignedSectionId, o.State, o.ConsentToPublish, o.ReceiptYear, o.ReceiptSequence, o.ReceiptCheck })
            .SingleOrDefaultAsync(cancellationToken);
        if (opinion is null)
        {
            return null;
        }

        var key = ReceiptNumber.Format(opinion.ReceiptYear, opinion.ReceiptSequence, opinion.ReceiptCheck);
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == OpinionActions.EntityType && a.EntityKey == key)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.Actor })
            .ToListAsync(cancellationToken);
        return new OpinionResource(opinion.Id, opinion.AssignedSectionId, opinion.State, opinion.ConsentToPublish)
        {
            ReplyEditors = OpinionActions.ReplyEditors(history.Select(h => (h.Action, h.Actor))),
        };
    }

    public async Task<OpinionStepResult> AssignAsync(long id, Guid version, int? sectionId, string actor, CancellationToken cancellationToken = default)
    {
        var section = sectionId is null ? null
            : await db.Sections.AsNoTracking().Where(s => s.Id == sectionId).Select(s => new { s.Id, s.Name }).SingleOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            return OpinionStepResult.Invalid("割り当てる課を一覧から選んでください。");
        }

        return await StepAsync(id, version, actor, OpinionActions.Assign, opinion =>
        {
            opinion.State = OpinionWorkflow.AfterAssign(opinion.State);
            opinion.AssignedSectionId = section.Id;
            opinion.ReplyText = null;
            opinion.ReplyReturnComment = null;
            opinion.NotPublishedReason = null;
            opinion.NotPublishedNote = null;
            return new { Section = section.Name };
        }, cancellationToken);
    }

    public Task<OpinionStepResult> DraftReplyAsync(long id, Guid version, string? reply, string actor, CancellationToken cancellationToken = default)
    {
        var check = OpinionTexts.Reply(reply);
        return check.Succeeded
            ? StepAsync(id, version, actor, OpinionActions.DraftReply, opinion =>
            {
                opinion.State = OpinionWorkflow.AfterDraftReply(opinion.State);
                opinion.ReplyText = check.Text;
                return null;
            }, cancellationToken)
            : Task.FromResult(OpinionStepResult.Invalid(check.Error!));
    }

    public Task<OpinionStepResult> ReturnReplyAsync(long id, Guid version, string? comment, string actor, CancellationToken cancellationToken = default)
    {
        var check = OpinionTexts.ReturnComment(comment);
        return check.Succeeded
            ? StepAsync(id, version, actor, OpinionActions.ReturnReply, opinion =>
            {
                opinion.State = OpinionWorkflow.AfterReturnReply(opinion.State);
                opinion.ReplyReturnComment = check.Text;
                return null;
            }, cancellationToken)
            : Task.FromResult(OpinionStepResult.Invalid(check.Error!));
    }

    public Task<OpinionStepResult> PublishAsync(long id, Guid version, string actor, CancellationToken cancellationToken = default) =>
        StepAsync(id, version, actor, OpinionActions.Publish, opinion =>
        {
            opinion.State = OpinionWorkflow.AfterPublish(opinion.State, opinion.ConsentToPublish);
            opinion.PublishedAt = clock.GetUtcNow().UtcDateTime;
            opinion.NotPublishedReason = null;
            opinion.NotPublishedNote = null;
            return null;
        }, cancellationToken);

    public Task<OpinionStepResult> WithholdAsync(long id, Guid version, NotPublishedReason? reason, string? note, string actor, CancellationToken cancellationToken = default)
    {
        if (reason is not { } chosen || !NotPublishedReasons.All.Contains(chosen))
        {
            return Task.FromResult(OpinionStepResult.Invalid("非公表の理由を一覧から選んでください。"));
        }

        var check = OpinionTexts.WithholdNote(chosen, note);
        return check.Succeeded
            ? StepAsync(id, version, actor, OpinionActions.Withhold, opinion =>
            {
                opinion.State = OpinionWorkflow.AfterWithhold(opinion.State);
                opinion.NotPublishedReason = chosen;
                opinion.NotPublishedNote = check.Text;
                opinion.PublishedAt = null;
                return new { Reason = chosen.Japanese() };
            }, cancellationToken)
            : Task.FromResult(OpinionStepResult.Invalid(check.Error!));
    }

    /// <summary>Erases the text, the reply, the sender's details and the fingerprint; the row stays as a receipt, the request's note goes to the audit trail.</summary>
    public Task<OpinionStepResult> DeleteAsync(long id, Guid version, string? request, string actor, CancellationToken cancellationToken = default)
    {
        var check = OpinionTexts.DeletionRequest(request);
        return check.Succeeded
            ? StepAsync(id, version, actor, OpinionActions.Delete, opinion =>
            {
                opinion.State = OpinionWorkflow.AfterDelete(opinion.State);
                opinion.Text = null;
                opinion.ReplyText = null;
                opinion.ReplyReturnComment = null;
                opinion.NotPublishedNote = null;
                opinion.SenderName = null;
                opinion.AgeGroup = null;
                opinion.District = null;
                opinion.Fingerprint = null;
                opinion.PublishedAt = null;
                opinion.SenderDetailsErasedAt = clock.GetUtcNow().UtcDateTime;
                return new { Request = check.Text };
            }, cancellationToken)
            : Task.FromResult(OpinionStepResult.Invalid(check.Error!));
    }

    /// <summary>Loads the opinion at the posted version, applies the step, audits it (state and what <paramref name="apply"/> returns, never a text) and saves.</summary>
    private async Task<OpinionStepResult> StepAsync(long id, Guid version, string actor, string action, Func<Opinion, object?> apply, CancellationToken cancellationToken)
    {
        var opinion = await db.Opinions.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opinion is null || opinion.Version != version)
        {
            return OpinionStepResult.Invalid(ConflictMessage, conflict: true);
        }

        var before = OpinionStateLabels.Japanese(opinion.State);
        var details = apply(opinion);
        opinion.ChangedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(actor, action, OpinionActions.EntityType, opinion.Receipt, new { State = before }, new { State = OpinionStateLabels.Japanese(opinion.State), Details = details });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OpinionStepResult.Invalid(ConflictMessage, conflict: true);
        }

        return OpinionStepResult.Done;
    }
}

public sealed record OpinionStepResult(string? Error, bool Conflict)
{
    public static readonly OpinionStepResult Done = new(null, false);

    public bool Succeeded => Error is null;

    public static OpinionStepResult Invalid(string error, bool conflict = false) => new(error, conflict);
}
