using AsoPlan.Core.Accounts;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Review;

/// <summary>Opening and closing entry per fiscal year, with an optional deadline.</summary>
[Area("Planning")]
[Authorize(Roles = Roles.PlanningOffice)]
[Route("planning/windows")]
public sealed class WindowsController(EntryWindowService windows) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new WindowsPage(await windows.ListAsync(cancellationToken)));

    [HttpPost("{year:int}")]
    public async Task<IActionResult> Set(int year, bool open, string? deadline, bool confirmed, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await windows.SetAsync(year, open, deadline, User.Identity!.Name!, confirmed, cancellationToken)
            : WindowChangeResult.Invalid("操作を読み取れませんでした。ボタンから操作してください。");
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Question is { } question)
        {
            return View(nameof(Index), new WindowsPage(await windows.ListAsync(cancellationToken), year, PostedDeadline: deadline) { Question = question });
        }

        if (!result.Succeeded)
        {
            var view = View(nameof(Index), new WindowsPage(await windows.ListAsync(cancellationToken), year, result.Error, deadline));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }

        TempData[Flash.Key] = WindowMessages.Outcome(year, open, deadline, result);
        return RedirectToAction(nameof(Index));
    }
}
