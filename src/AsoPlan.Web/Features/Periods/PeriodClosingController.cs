using AsoPlan.Core.Accounts;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Periods;

/// <summary>The planning office closes the current plan period (計画期間の終了) or reopens it, each with a reason.</summary>
[Area("Planning")]
[Authorize(Roles = Roles.PlanningOffice)]
[Route("planning/period")]
public sealed class PeriodClosingController(PeriodClosingService closing) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await closing.CurrentAsync(cancellationToken) is { } state ? View(new PeriodClosingPage(state, null, null)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Set(bool reopen, string? reason, CancellationToken cancellationToken)
    {
        var state = await closing.CurrentAsync(cancellationToken);
        if (state is null)
        {
            return NotFound();
        }

        var error = await closing.SetAsync(state.Code, reopen, reason, User.Identity!.Name!, cancellationToken);
        if (error is not null)
        {
            var view = View(nameof(Index), new PeriodClosingPage(state, error, reason));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }

        TempData[Flash.Key] = reopen ? $"{state.Name}を再開しました。" : $"{state.Name}を終了しました。";
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>The closing page: the period's state, and after a refused change, why, with what was typed.</summary>
public sealed record PeriodClosingPage(PeriodClosingState State, string? Error, string? Reason);
