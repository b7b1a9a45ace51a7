using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Queries;
using AsoPlan.Web.Queries.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Controllers;

[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("policies")]
public sealed class PoliciesController(PolicyQueries policies) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await policies.IndexAsync(HttpContext.Period(), cancellationToken));

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Details(int number, CancellationToken cancellationToken)
    {
        var page = await policies.FindAsync(HttpContext.Period(), number, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
