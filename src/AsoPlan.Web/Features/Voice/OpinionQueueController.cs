using AsoPlan.Core.Accounts;
using AsoPlan.Core.Voice;
using AsoPlan.Web.Features.Notices;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Voice;

/// <summary>The planning office's queue of citizens' opinions and each opinion's steps: assign, send back, publish, not publish, delete.</summary>
[Area("Planning")]
[Authorize(Roles = Roles.PlanningOffice)]
[Route("planning/opinions")]
public sealed class OpinionQueueController(
    OpinionQueries queries, OpinionService opinions, OpinionNotifier notifier, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? state, string? measure, string? year, CancellationToken cancellationToken) =>
        View(await queries.QueueAsync(state, measure, year, cancellationToken));

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken) =>
        await PageAsync(id, null, null, null, cancellationToken);

    [HttpPost("{id:long}/assign")]
    public async Task<IActionResult> Assign(long id, Guid version, int? section, CancellationToken cancellationToken)
    {
        var outcome = await StepAsync(id, OpinionOperations.Assign, "assign", null,
            actor => opinions.AssignAsync(id, version, section, actor, cancellationToken), "担当課に割り当てました。", cancellationToken);
        if (outcome is RedirectResult)
        {
            await notifier.NotifyAssignedAsync(id, cancellationToken);
        }

        return outcome;
    }

    [HttpPost("{id:long}/return")]
    public Task<IActionResult> Return(long id, Guid version, string? comment, CancellationToken cancellationToken) =>
        StepAsync(id, OpinionOperations.ReturnReply, "return", comment,
            actor => opinions.ReturnReplyAsync(id, version, comment, actor, cancellationToken), "回答案を担当課に戻しました。", cancellationToken);

    [HttpPost("{id:long}/publish")]
    public Task<IActionResult> Publish(long id, Guid version, CancellationToken cancellationToken) =>
        StepAsync(id, OpinionOperations.Publish, "publish", null,
            actor => opinions.PublishAsync(id, version, actor, cancellationToken), "ご意見と市の考え方を公表しました。", cancellationToken);

    [HttpPost("{id:long}/withhold")]
    public Task<IActionResult> Withhold(long id, Guid version, NotPublishedReason? reason, string? note, CancellationToken cancellationToken) =>
        StepAsync(id, OpinionOperations.Withhold, "withhold", note,
            actor => opinions.WithholdAsync(id, version, ModelState.IsValid ? reason : null, note, actor, cancellationToken), "非公表としました。", cancellationToken);

    [HttpPost("{id:long}/delete")]
    public Task<IActionResult> Delete(long id, Guid version, string? request, CancellationToken cancellationToken) =>
        StepAsync(id, OpinionOperations.Delete, "delete", request,
            actor => opinions.DeleteAsync(id, version, request, actor, cancellationToken), "ご意見を削除しました（本文・回答案・送信者の情報を消去しました）。", cancellationToken);

    /// <summary>find → 404; authorize → 403; the step (refused: the page again with its message); redirect.</summary>
    private async Task<IActionResult> StepAsync(
        long id, OperationAuthorizationRequirement operation, string step, string? posted, Func<string, Task<OpinionStepResult>> run, string done, CancellationToken cancellationToken)
    {
        var resource = await opinions.ResourceAsync(id, cancellationToken);
        if (resource is null)
        {
            return NotFound();
        }

        var authorized = await authorization.AuthorizeAsync(User, resource, operation);
        if (!authorized.Succeeded)
        {
            var reason = authorized.Failure?.FailureReasons.Select(r => r.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));
            return reason is null ? Forbid() : OpinionViews.Forbidden(this, reason);
        }

        var result = await run(User.Identity!.Name!);
        if (!result.Succeeded)
        {
            return await PageAsync(id, result.Conflict ? "conflict" : step, result.Error, posted, cancellationToken, result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
        }

        TempData[Flash.Key] = done;
        return Redirect($"/planning/opinions/{id}");
    }

    private async Task<IActionResult> PageAsync(long id, string? step, string? error, string? posted, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        var resource = await opinions.ResourceAsync(id, cancellationToken);
        if (resource is null)
        {
            return NotFound();
        }

        var allowed = await OpinionHandlingPage.AllowedAsync(authorization, User, resource);
        var detail = (await queries.DetailAsync(id, allowed.Contains(OpinionOperations.ReadSenderName.Name), cancellationToken))!;
        var view = View("~/Features/Voice/Views/Shared/Opinion.cshtml", new OpinionHandlingPage(detail, allowed, await queries.SectionsAsync(cancellationToken), true, step, error, posted));
        view.StatusCode = status;
        return view;
    }
}
