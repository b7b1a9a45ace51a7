using AsoPlan.Core.Accounts;
using AsoPlan.Web.Services.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Areas.Planning.Controllers;

/// <summary>The submissions list: every measure × fiscal year with its state, filterable by year and section.</summary>
[Area("Planning")]
[Authorize(Roles = $"{Roles.PlanningOffice},{Roles.Admin}")]
[Route("planning")]
public sealed class HomeController(SubmissionsQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, string? section, CancellationToken cancellationToken) =>
        View(await query.LoadAsync(year, section, cancellationToken));
}
