using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.Portal;

[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("measures")]
public sealed class MeasuresController(MeasureQueries measures, PolicyQueries policies) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await policies.ListAsync(HttpContext.Period(), cancellationToken));

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Details(int number, CancellationToken cancellationToken)
    {
        var page = await measures.FindAsync(HttpContext.Period(), number, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
