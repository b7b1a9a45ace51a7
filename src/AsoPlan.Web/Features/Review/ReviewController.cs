using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// Reviewing a submitted record: values against baseline and target, the PDCA text, approve or return. The review page
/// is the approval's confirmation (what will be published, then 「承認して公表する」): open → read → approve.
/// </summary>
[Area("Planning")]
[Authorize(Roles = Roles.PlanningOffice)]
[Route("planning/records/{measure:int}/{year:int}")]
public sealed class ReviewController(
    RecordResources resources,
    RecordPages pages,
    PdcaRecordService records,
    ResubmissionChangesQuery changes,
    IAuthorizationService authorization) : RecordControllerBase(resources, authorization)
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int measure, int year, CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.Read, cancellationToken);
        return resource is null ? refusal! : View(await PageAsync(resource, null, cancellationToken));
    }

    /// <summary>
    /// The former confirmation page before 承認: the review page now says what approval publishes and carries the
    /// button, so an old link or bookmark lands there.
    /// </summary>
    [HttpGet("approve")]
    public IActionResult ConfirmApprove(int measure, int year) => RedirectToAction(nameof(Show), new { measure, year });

    [HttpPost("approve")]
    public async Task<IActionResult> Approve(int measure, int year, string? version, CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.Review, cancellationToken);
        if (resource is null)
        {
            return refusal!;
        }

        var result = await records.ApproveAsync(resource, version, User.Identity!.Name!, cancellationToken);
        return await AfterAsync(resource, result, "承認しました。実績値が公開ページとオープンデータに反映されます。", null, cancellationToken);
    }

    /// <summary>
    /// 差し戻し in two steps: without <paramref name="confirmed"/> the comment is checked and the confirmation page
    /// shown (nothing changes); with it, the record is returned.
    /// </summary>
    [HttpPost("return")]
    public Task<IActionResult> Return(int measure, int year, string? version, string? comment, bool confirmed, CancellationToken cancellationToken) =>
        TwoStepAsync(
            new(measure, year, version, comment, confirmed, RecordOperations.Review, "Comment", "ConfirmReturn", "差し戻しました。担当課にコメントが表示されます。"),
            PdcaRecordService.CheckReturnComment,
            records.ReturnAsync,
            cancellationToken);

    /// <summary>
    /// 訂正のための再開 in two steps, like 差し戻し: the reason is checked and the confirmation page shown; with
    /// <paramref name="confirmed"/> the approved record goes back to its section.
    /// </summary>
    [HttpPost("reopen")]
    public Task<IActionResult> Reopen(int measure, int year, string? version, string? reason, bool confirmed, CancellationToken cancellationToken) =>
        TwoStepAsync(
            new(measure, year, version, reason, confirmed, RecordOperations.Reopen, "Reason", "ConfirmReopen", "訂正のため再開しました。担当課が訂正して再提出し、承認されるまで、公開ページには前回公表した内容が表示されます。"),
            PdcaRecordService.CheckCorrectionReason,
            records.ReopenAsync,
            cancellationToken);

    /// <summary>
    /// 訂正の依頼を見送る in two steps: the reason is checked and the confirmation page shown; with
    /// <paramref name="confirmed"/> the section's request is declined and the record stays as approved.
    /// </summary>
    [HttpPost("decline-correction")]
    public Task<IActionResult> DeclineCorrection(int measure, int year, string? version, string? declineReason, bool confirmed, CancellationToken cancellationToken) =>
        TwoStepAsync(
            new(measure, year, version, declineReason, confirmed, RecordOperations.DeclineCorrection, "DeclineReason", "ConfirmDecline", "訂正の依頼を見送りました。担当課の画面に理由が表示されます。公開ページは変わりません。"),
            PdcaRecordService.CheckDeclineReason,
            records.DeclineCorrectionAsync,
            cancellationToken);

    private sealed record TwoStep(int Measure, int Year, string? Version, string? Text, bool Confirmed, OperationAuthorizationRequirement Operation, string Field, string ConfirmView, string Done);

    /// <summary>A decision with a typed text: checked and confirmed on its own page first, carried out only when confirmed.</summary>
    private async Task<IActionResult> TwoStepAsync(
        TwoStep step,
        Func<string?, TextCheck> check,
        Func<RecordResource, string?, string?, string, CancellationToken, Task<RecordCommandResult>> command,
        CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(step.Measure, step.Year, step.Operation, cancellationToken);
        if (resource is null)
        {
            return refusal!;
        }

        // typed text the Show page redisplays after a refusal (a reopening's reason is prefilled from the request instead)
        var comment = step.Field is "Comment" or "DeclineReason" ? step.Text : null;
        if (step.Confirmed)
        {
            var result = await command(resource, step.Version, step.Text, User.Identity!.Name!, cancellationToken);
            return await AfterAsync(resource, result, step.Done, comment, cancellationToken);
        }

        var checkedText = check(step.Text);
        if (!checkedText.Succeeded)
        {
            return await AfterAsync(resource, RecordCommandResult.Invalid(null, [new FieldError(step.Field, checkedText.Error!)], []), step.Done, comment, cancellationToken);
        }

        var page = await PageAsync(resource, checkedText.Text, cancellationToken);
        page.Record.Form.Version = step.Version;
        return View(step.ConfirmView, page);
    }

    private async Task<IActionResult> AfterAsync(RecordResource resource, RecordCommandResult result, string done, string? comment, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData[Flash.Key] = done;
            return RedirectToAction(nameof(Show), new { measure = resource.MeasureNumber, year = resource.FiscalYear });
        }

        // After a conflict the record has moved on: the page shows it as it is now.
        var current = await Resources.FindAsync(resource.MeasureNumber, resource.FiscalYear, cancellationToken) ?? resource;
        var page = await PageAsync(current, comment, cancellationToken);
        page.Record.Conflict = result.Conflict;
        page.Record.Problems = result.Problems;
        ModelState.ReplaceWith(string.Empty, result.Errors);
        return Refused(View(nameof(Show), page), result.Outcome);
    }

    /// <summary>The review page; where the reader may approve, with the public notes the approval would add (it is the confirmation).</summary>
    private async Task<ReviewPage> PageAsync(RecordResource resource, string? comment, CancellationToken cancellationToken)
    {
        var canReview = await AllowedAsync(resource, RecordOperations.Review);
        return new(await pages.LoadAsync(resource, cancellationToken), canReview, comment)
        {
            OwnWork = resource.State == Core.Workflow.RecordState.Submitted && resource.Editors.Contains(User.Identity?.Name ?? string.Empty),
            Changes = await changes.LoadAsync(resource, cancellationToken),
            PublicationNotes = canReview ? await records.PreviewNotesAsync(resource, cancellationToken) : [],
        };
    }
}
