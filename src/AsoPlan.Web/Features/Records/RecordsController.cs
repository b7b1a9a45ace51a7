using AsoPlan.Core.Accounts;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Records;

/// <summary>A measure's record for one fiscal year: the entry form, or a read-only view when it cannot be changed.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.SectionStaff)]
[Route("staff/records/{measure:int}/{year:int}")]
public sealed class RecordsController(
    RecordResources resources,
    RecordPages pages,
    PdcaRecordService records,
    IAuthorizationService authorization) : RecordControllerBase(resources, authorization)
{
    public const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Edit(int measure, int year, CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.Read, cancellationToken);
        if (resource is null)
        {
            return refusal!;
        }

        var page = await pages.LoadAsync(resource, cancellationToken);
        page.CanEdit = await AllowedAsync(resource, RecordOperations.Edit);
        return View(page);
    }

    /// <summary>下書き保存, or with <c>next=confirm</c> 「提出内容の確認へ」: checked as a submission, saved, then the confirmation page.</summary>
    [HttpPost("save")]
    public Task<IActionResult> Save(int measure, int year, [Bind(Prefix = FormPrefix)] RecordForm form, string? next, CancellationToken cancellationToken) =>
        next == ConfirmStep
            ? EnterAsync(measure, year, form, records.SaveForSubmissionAsync, null, cancellationToken)
            : EnterAsync(measure, year, form, records.SaveDraftAsync, "下書きを保存しました。", cancellationToken);

    /// <summary>The confirmation page before 提出: what will be submitted, with its ratings, 悪化 flags and coverage.</summary>
    [HttpGet("submit")]
    public async Task<IActionResult> ConfirmSubmit(int measure, int year, CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.Read, cancellationToken);
        if (resource is null)
        {
            return refusal!;
        }

        var page = await pages.LoadAsync(resource, cancellationToken);
        page.CanEdit = await AllowedAsync(resource, RecordOperations.Edit);
        page.Problems = page.State is null ? ["まだ何も保存されていません。入力画面で入力してください。"]
            : page.CanEdit ? page.SubmissionProblems
            : [page.WindowOpen ? $"この記録は{page.StateLabel}のため、提出できません。" : "この年度は入力の受付期間外のため、提出できません。"];
        return View(nameof(ConfirmSubmit), page);
    }

    /// <summary>提出 of the stored record, as the confirmation page showed it (its version).</summary>
    [HttpPost("submit")]
    public async Task<IActionResult> Submit(int measure, int year, string? version, CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.Edit, cancellationToken);
        if (resource is null)
        {
            return refusal!;
        }

        var result = await records.SubmitAsync(resource, version, User.Identity!.Name!, cancellationToken);
        if (result.Succeeded)
        {
            TempData[Flash.Key] = "提出しました。企画担当（政策防災課）の確認をお待ちください。";
            return RedirectToAction(nameof(Edit), new { measure, year });
        }

        var current = await Resources.FindAsync(measure, year, cancellationToken) ?? resource;
        var page = await pages.LoadAsync(current, cancellationToken);
        page.CanEdit = await AllowedAsync(current, RecordOperations.Edit);
        page.Conflict = result.Conflict;
        page.Problems = result.Problems;
        return Refused(View(nameof(ConfirmSubmit), page), result.Outcome);
    }

    public const string ConfirmStep = "confirm";

    /// <summary>訂正の依頼 of an approved record, in two steps: the reason and its confirmation page, then the request.</summary>
    [HttpPost("correction-request")]
    public async Task<IActionResult> RequestCorrection(int measure, int year, string? version, string? reason, bool confirmed, CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.RequestCorrection, cancellationToken);
        if (resource is null)
        {
            return refusal!;
        }

        var check = PdcaRecordService.CheckCorrectionReason(reason);
        var result = !check.Succeeded ? RecordCommandResult.Invalid(null, [new FieldError("Reason", check.Error!)], [])
            : confirmed ? await records.RequestCorrectionAsync(resource, version, reason, User.Identity!.Name!, cancellationToken)
            : null;
        if (result?.Succeeded == true)
        {
            TempData[Flash.Key] = "訂正を依頼しました。企画担当が確認して再開すると、この画面から訂正できます。";
            return RedirectToAction(nameof(Edit), new { measure, year });
        }

        var current = await Resources.FindAsync(measure, year, cancellationToken) ?? resource;
        var page = await pages.LoadAsync(current, cancellationToken);
        page.Form.Version = result is null ? version : page.Form.Version;
        if (result is null)
        {
            ViewData["Reason"] = check.Text;
            return View("ConfirmCorrectionRequest", page);
        }

        page.Conflict = result.Conflict;
        page.Problems = result.Problems;
        ModelState.ReplaceWith(string.Empty, result.Errors);
        return Refused(View(nameof(Edit), page), result.Outcome);
    }

    /// <summary>Saves the form with <paramref name="command"/>; a null <paramref name="done"/> goes on to the confirmation page.</summary>
    private async Task<IActionResult> EnterAsync(
        int measure,
        int year,
        RecordForm form,
        Func<RecordResource, RecordForm, string, CancellationToken, Task<RecordCommandResult>> command,
        string? done,
        CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.Edit, cancellationToken);
        if (resource is null)
        {
            return refusal!;
        }

        var result = await command(resource, form, User.Identity!.Name!, cancellationToken);
        if (result.Succeeded && done is null)
        {
            return RedirectToAction(nameof(ConfirmSubmit), new { measure, year });
        }

        if (result.Succeeded)
        {
            TempData[Flash.Key] = done;
            return RedirectToAction(nameof(Edit), new { measure, year });
        }

        var page = await pages.LoadAsync(resource, cancellationToken);
        page.Form = result.Form ?? form;
        page.CanEdit = true;
        page.Conflict = result.Conflict;
        page.Problems = result.Problems;
        ModelState.ReplaceWith(FormPrefix, result.Errors);
        return Refused(View(nameof(Edit), page), result.Outcome);
    }
}
