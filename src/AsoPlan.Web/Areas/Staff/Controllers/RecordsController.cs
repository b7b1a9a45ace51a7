using AsoPlan.Core.Accounts;
using AsoPlan.Web.Authorization;
using AsoPlan.Web.Controllers;
using AsoPlan.Web.Models.Records;
using AsoPlan.Web.Services.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Areas.Staff.Controllers;

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

    [HttpPost("save")]
    public Task<IActionResult> Save(int measure, int year, [Bind(Prefix = FormPrefix)] RecordForm form, CancellationToken cancellationToken) =>
        EnterAsync(measure, year, form, records.SaveDraftAsync, "下書きを保存しました。", cancellationToken);

    [HttpPost("submit")]
    public Task<IActionResult> Submit(int measure, int year, [Bind(Prefix = FormPrefix)] RecordForm form, CancellationToken cancellationToken) =>
        EnterAsync(measure, year, form, records.SubmitAsync, "提出しました。企画担当（政策防災課）の確認をお待ちください。", cancellationToken);

    private async Task<IActionResult> EnterAsync(
        int measure,
        int year,
        RecordForm form,
        Func<RecordResource, RecordForm, string, CancellationToken, Task<RecordCommandResult>> command,
        string done,
        CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.Edit, cancellationToken);
        if (resource is null)
        {
            return refusal!;
        }

        var result = await command(resource, form, User.Identity!.Name!, cancellationToken);
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
