using AsoPlan.Core.Input;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Features.Review;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Records;

/// <summary>
/// The changes to a measure's yearly record: save a draft, submit, approve, return. Each reads the input
/// with Core's rules, moves the state with <see cref="PdcaWorkflow"/>, writes the audit trail and commits
/// once; a stale form comes back as a conflict, never as an exception.
/// Whether staff may change the record (<see cref="PdcaWorkflow.StaffCanEdit"/>) is decided once, by
/// <see cref="RecordAuthorizationHandler"/> (<see cref="RecordOperations.Edit"/>) before the controller calls
/// <see cref="SaveDraftAsync"/>, <see cref="SaveForSubmissionAsync"/> or <see cref="SubmitAsync"/>; here the
/// record's version (a new one on every save) proves its state is still the one that was authorized.
/// </summary>
public sealed class PdcaRecordService(
    AsoPlanDbContext db,
    AuditTrail audit,
    RecordPages pages,
    RecordConflicts conflicts,
    RecordEntryWriter writer,
    EvaluationPublisher publisher,
    AsoPlan.Web.Features.Notices.RecordNotifier notifier,
    TimeProvider clock)
{
    public Task<RecordCommandResult> SaveDraftAsync(RecordResource resource, RecordForm form, string actor, CancellationToken cancellationToken = default) =>
        EnterAsync(resource, form, actor, requireComplete: false, cancellationToken);

    /// <summary>
    /// The first step of 提出: the form is checked as a submission would be (nothing is stored when anything is
    /// missing) and saved as a draft, so the confirmation page shows exactly what <see cref="SubmitAsync"/> will submit.
    /// </summary>
    public Task<RecordCommandResult> SaveForSubmissionAsync(RecordResource resource, RecordForm form, string actor, CancellationToken cancellationToken = default) =>
        EnterAsync(resource, form, actor, requireComplete: true, cancellationToken);

    /// <summary>
    /// Submits the stored record as the confirmation page showed it (<paramref name="version"/>): a record changed
    /// since then is a conflict; an incomplete one lists what is missing; nothing is stored in either case.
    /// </summary>
    public async Task<RecordCommandResult> SubmitAsync(RecordResource resource, string? version, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var record = await db.PdcaRecords.Include(r => r.Values)
            .SingleOrDefaultAsync(r => r.MeasureId == resource.MeasureId && r.FiscalYear == resource.FiscalYear, cancellationToken);
        if (record is null)
        {
            return RecordCommandResult.Invalid(null, [], ["提出する内容がまだ保存されていません。入力画面で入力し、「提出内容の確認へ」を押してください。"]);
        }

        if (record.Version.ToString() != version)
        {
            return await conflicts.ForReviewAsync(resource, cancellationToken);
        }

        var indicators = await pages.IndicatorsAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        if (PdcaWorkflow.SubmissionProblems(RecordPages.ContentOf(record, indicators)) is { Count: > 0 } problems)
        {
            return RecordCommandResult.Invalid(null, [], problems);
        }

        var before = RecordSnapshot.Of(record, indicators);
        record.State = PdcaWorkflow.AfterSubmit(record.State);
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(actor, RecordActions.Submit, RecordAuditKey.EntityType, RecordAuditKey.Of(resource.MeasureNumber, resource.FiscalYear), before, RecordSnapshot.Of(record, indicators));
        return await SaveAndNotifyAsync(resource, RecordActions.Submit, actor, cancellationToken);
    }

    /// <summary>
    /// Approves and publishes: the values and their evaluations as of now become the record's current publication
    /// (a correction's gets its dated public notes). A review comment belongs to the version it was written on, so
    /// it does not stay on the approved record (the history keeps it); a finished correction clears its reason.
    /// </summary>
    public Task<RecordCommandResult> ApproveAsync(RecordResource resource, string? version, string actor, CancellationToken cancellationToken = default) =>
        ReviewAsync(resource, version, actor, RecordActions.Approve, PdcaWorkflow.CanReview, async (record, indicators, now) =>
        {
            record.State = PdcaWorkflow.AfterApprove(record.State);
            record.ApprovedAt = now;
            await publisher.StageAsync(record, indicators, now, cancellationToken);
            record.ReviewComment = null;
            record.CorrectionReason = null;
        }, cancellationToken);

    /// <summary>The public notes that approving the record now would add (a correction's); empty for a first approval.</summary>
    public async Task<IReadOnlyList<string>> PreviewNotesAsync(RecordResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var record = await db.PdcaRecords.AsNoTracking().Include(r => r.Values)
            .SingleOrDefaultAsync(r => r.MeasureId == resource.MeasureId && r.FiscalYear == resource.FiscalYear, cancellationToken);
        if (record is null)
        {
            return [];
        }

        var indicators = await pages.IndicatorsAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        var preview = await publisher.PreviewAsync(record, indicators, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return AsoPlan.Web.Shared.Formatting.ValueFormat.Lines(preview.Notes);
    }

    /// <summary>The reason for a correction (reopening, or a section's request): required, short.</summary>
    public static TextCheck CheckCorrectionReason(string? reason) => TextInput.Check(reason, "訂正の理由", PdcaWorkflow.MaxShortTextLength, required: true);

    /// <summary>
    /// Reopens an approved record for correction: it goes back to the section (差戻し, editable whatever the window)
    /// with the reason, which the corrected version's public note will give. The public keeps the current
    /// publication until the correction is approved.
    /// </summary>
    public Task<RecordCommandResult> ReopenAsync(RecordResource resource, string? version, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        var check = CheckCorrectionReason(reason);
        if (!check.Succeeded)
        {
            return Task.FromResult(RecordCommandResult.Invalid(null, [new FieldError("Reason", check.Error!)], []));
        }

        return ReviewAsync(resource, version, actor, RecordActions.Reopen, PdcaWorkflow.CanReopen, (record, _, _) =>
        {
            record.State = PdcaWorkflow.AfterReopen(record.State);
            record.CorrectionReason = check.Text;
            record.ReviewComment = $"訂正のため再開しました（理由: {check.Text}）。訂正して再提出してください。";
            record.CorrectionRequest = null;
            record.CorrectionRequestedBy = null;
            record.CorrectionRequestedAt = null;
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>The section asks the planning office to reopen its approved record, with a reason; nothing else changes.</summary>
    public Task<RecordCommandResult> RequestCorrectionAsync(RecordResource resource, string? version, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        var check = CheckCorrectionReason(reason);
        if (!check.Succeeded)
        {
            return Task.FromResult(RecordCommandResult.Invalid(null, [new FieldError("Reason", check.Error!)], []));
        }

        return ReviewAsync(resource, version, actor, RecordActions.RequestCorrection, state => PdcaWorkflow.CanReopen(state), (record, _, now) =>
        {
            record.CorrectionRequest = check.Text;
            record.CorrectionRequestedBy = actor;
            record.CorrectionRequestedAt = now;
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Why the planning office declines a correction request: required, short, shown to the section.</summary>
    public static TextCheck CheckDeclineReason(string? reason) => TextInput.Check(reason, "訂正の依頼を見送る理由", PdcaWorkflow.MaxShortTextLength, required: true);

    /// <summary>
    /// The planning office declines the section's pending correction request, with a reason: the request is cleared
    /// (the section may ask again), the approved record and the publication stay as they are, and the audit trail's
    /// entry carries the reason, which the section's record page and the history show.
    /// </summary>
    public Task<RecordCommandResult> DeclineCorrectionAsync(RecordResource resource, string? version, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        var check = CheckDeclineReason(reason);
        if (!check.Succeeded)
        {
            return Task.FromResult(RecordCommandResult.Invalid(null, [new FieldError("Reason", check.Error!)], []));
        }

        return ReviewAsync(
            resource,
            version,
            actor,
            RecordActions.DeclineCorrection,
            state => PdcaWorkflow.CanReopen(state),
            (record, _, _) =>
            {
                record.CorrectionRequest = null;
                record.CorrectionRequestedBy = null;
                record.CorrectionRequestedAt = null;
                return Task.CompletedTask;
            },
            cancellationToken,
            after => after with { CorrectionDeclined = check.Text });
    }

    /// <summary>A return needs a comment, within the text rules.</summary>
    public static TextCheck CheckReturnComment(string? comment) => TextInput.Check(comment, "差戻しの理由", PdcaWorkflow.MaxTextLength, required: true);

    public Task<RecordCommandResult> ReturnAsync(RecordResource resource, string? version, string? comment, string actor, CancellationToken cancellationToken = default)
    {
        var check = CheckReturnComment(comment);
        if (!check.Succeeded)
        {
            return Task.FromResult(RecordCommandResult.Invalid(null, [new FieldError("Comment", check.Error!)], []));
        }

        return ReviewAsync(resource, version, actor, RecordActions.Return, PdcaWorkflow.CanReview, (record, _, _) =>
        {
            record.State = PdcaWorkflow.AfterReturn(record.State);
            record.ReviewComment = check.Text;
            return Task.CompletedTask;
        }, cancellationToken);
    }

    private async Task<RecordCommandResult> EnterAsync(RecordResource resource, RecordForm form, string actor, bool requireComplete, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(form);
        var indicators = await pages.IndicatorsAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        var projects = await pages.ProjectsAsync(resource.MeasureId, cancellationToken);
        var read = RecordFormReading.Read(form, indicators, projects);
        var posted = read.Posted;
        if (!read.Succeeded)
        {
            return RecordCommandResult.Invalid(posted, read.Errors, []);
        }

        var entry = read.Entry!;
        if (requireComplete && PdcaWorkflow.SubmissionProblems(entry.ToContent()) is { Count: > 0 } problems)
        {
            return RecordCommandResult.Invalid(posted, [], problems);
        }

        var record = await db.PdcaRecords.Include(r => r.Values)
            .SingleOrDefaultAsync(r => r.MeasureId == resource.MeasureId && r.FiscalYear == resource.FiscalYear, cancellationToken);
        if (record is not null && record.Version.ToString() != posted.Version)
        {
            return await conflicts.ForEntryAsync(resource, posted, entry, indicators, cancellationToken);
        }

        var (_, created) = writer.Stage(record, resource.MeasureId, resource.MeasureNumber, resource.FiscalYear, entry, indicators, actor, submit: false);
        return await SaveAsync(created, () => conflicts.ForEntryAsync(resource, posted, entry, indicators, cancellationToken), cancellationToken);
    }

    /// <summary>A change to a stored record in one state (<paramref name="allowed"/>), as of the version the page showed.</summary>
    private async Task<RecordCommandResult> ReviewAsync(
        RecordResource resource,
        string? version,
        string actor,
        string action,
        Func<RecordState?, bool> allowed,
        Func<PdcaRecord, IReadOnlyList<Indicator>, DateTime, Task> change,
        CancellationToken cancellationToken,
        Func<RecordSnapshot, RecordSnapshot>? annotate = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var record = await db.PdcaRecords.Include(r => r.Values)
            .SingleOrDefaultAsync(r => r.MeasureId == resource.MeasureId && r.FiscalYear == resource.FiscalYear, cancellationToken);
        if (record is null || record.Version.ToString() != version)
        {
            return await conflicts.ForReviewAsync(resource, cancellationToken);
        }

        if (!allowed(record.State))
        {
            return RecordCommandResult.Invalid(null, [], [$"この記録は{record.State.Japanese()}のため、この操作はできません。"]);
        }

        var indicators = await pages.IndicatorsAsync(resource.MeasureId, resource.FiscalYear, cancellationToken);
        var before = RecordSnapshot.Of(record, indicators);
        var now = clock.GetUtcNow().UtcDateTime;
        await change(record, indicators, now);
        record.UpdatedAt = now;
        var after = RecordSnapshot.Of(record, indicators);
        audit.Record(actor, action, RecordAuditKey.EntityType, RecordAuditKey.Of(resource.MeasureNumber, resource.FiscalYear), before, annotate is null ? after : annotate(after));
        return await SaveAndNotifyAsync(resource, action, actor, cancellationToken);
    }

    /// <summary>Commits an event of a stored record and then mails those it concerns (once: only a saved event is mailed).</summary>
    private async Task<RecordCommandResult> SaveAndNotifyAsync(RecordResource resource, string action, string actor, CancellationToken cancellationToken)
    {
        var result = await SaveAsync(created: false, () => conflicts.ForReviewAsync(resource, cancellationToken), cancellationToken);
        if (result.Succeeded)
        {
            await notifier.NotifyAsync(resource, action, actor, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Commits once. A version that moved underneath, or a record another form created first
    /// (the unique measure/year index), is a conflict: nothing is stored.
    /// </summary>
    private async Task<RecordCommandResult> SaveAsync(bool created, Func<Task<RecordCommandResult>> conflict, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return RecordCommandResult.Saved;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || created)
        {
            db.ChangeTracker.Clear();
            return await conflict();
        }
    }
}
