using AsoPlan.Core.Accounts;
using AsoPlan.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Review;

/// <summary>The review queue: records waiting for the planning office, longest first; filters by year, state and section in the address.</summary>
[Area("Planning")]
[Authorize(Roles = $"{Roles.PlanningOffice},{Roles.Admin}")]
[Route("planning")]
public sealed class HomeController(SubmissionsQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, string? state, string? section, CancellationToken cancellationToken) =>
        View(await query.LoadAsync(year, state, section, cancellationToken));
}
