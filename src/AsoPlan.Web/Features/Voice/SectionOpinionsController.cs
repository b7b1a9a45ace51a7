using AsoPlan.Core.Accounts;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Voice;

/// <summary>A section's opinions: only those assigned to it now, and the draft of 市の考え方 for each.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.SectionStaff)]
[Route("staff/opinions")]
public sealed class SectionOpinionsController(
    OpinionQueries queries, OpinionService opinions, WorkflowActors actors, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = await actors.ForAsync(User, cancellationToken);
        return View(actor.SectionId is { } section ? await queries.OfSectionAsync(section, cancellationToken) : []);
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken) =>
        await PageAsync(id, null, null, null, cancellationToken);

    [HttpPost("{id:long}/reply")]
    public async Task<IActionResult> Reply(long id, Guid version, string? reply, CancellationToken cancellationToken)
    {
        var resource = await opinions.ResourceAsync(id, cancellationToken);
        if (resource is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, resource, OpinionOperations.DraftReply)).Succeeded)
        {
            return Forbid();
        }

        var result = await opinions.DraftReplyAsync(id, version, reply, User.Identity!.Name!, cancellationToken);
        if (!result.Succeeded)
        {
            return await PageAsync(id, result.Conflict ? "conflict" : "reply", result.Error, reply, cancellationToken, result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
        }

        TempData[Flash.Key] = "市の考え方（回答案）を保存しました。企画担当が確認して公表します。";
        return Redirect($"/staff/opinions/{id}");
    }

    private async Task<IActionResult> PageAsync(long id, string? step, string? error, string? posted, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        var resource = await opinions.ResourceAsync(id, cancellationToken);
        if (resource is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, resource, OpinionOperations.Read)).Succeeded)
        {
            return Forbid();
        }

        var allowed = await OpinionHandlingPage.AllowedAsync(authorization, User, resource);
        var detail = (await queries.DetailAsync(id, withSenderName: false, cancellationToken))!;
        var view = View("~/Features/Voice/Views/Shared/Opinion.cshtml", new OpinionHandlingPage(detail, allowed, [], false, step, error, posted));
        view.StatusCode = status;
        return view;
    }
}
