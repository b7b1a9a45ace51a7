using AsoPlan.Core.Accounts;
using AsoPlan.Web.Features.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Review;

/// <summary>Progress across the plan for one fiscal year, and a measure's PDCA cycle across all years.</summary>
[Area("Planning")]
[Authorize(Roles = $"{Roles.PlanningOffice},{Roles.Admin}")]
[Route("planning/dashboard")]
public sealed class DashboardController(DashboardQuery dashboard, MeasurePdcaQuery pdca) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, CancellationToken cancellationToken)
    {
        return View(await dashboard.LoadAsync(YearQuery.Parse(year), cancellationToken));
    }

    [HttpGet("measures/{number:int}")]
    public async Task<IActionResult> Measure(int number, CancellationToken cancellationToken) =>
        await pdca.LoadAsync(number, cancellationToken) is { } page ? View(page) : NotFound();
}
