using AsoPlan.Web.Features.Progress;
using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.Portal;

[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("policies")]
public sealed class PoliciesController(PolicyQueries policies, MeasureStatusQuery status) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["PlanStatus"] = await status.LoadAsync(HttpContext.Period().Id, cancellationToken);
        return View(await policies.IndexAsync(HttpContext.Period(), cancellationToken));
    }

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Details(int number, CancellationToken cancellationToken)
    {
        var page = await policies.FindAsync(HttpContext.Period(), number, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["PlanStatus"] = await status.LoadAsync(HttpContext.Period().Id, cancellationToken);
        return View(page);
    }
}
