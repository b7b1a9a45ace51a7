using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.Progress;

/// <summary>The public progress overview (approved values only).</summary>
[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("progress")]
public sealed class ProgressController(ProgressOverviewQuery overview) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, CancellationToken cancellationToken) =>
        View(await overview.LoadAsync(HttpContext.Period().Id, YearQuery.Parse(year), cancellationToken));
}
