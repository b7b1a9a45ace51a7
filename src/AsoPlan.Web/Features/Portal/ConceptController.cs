using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.Portal;

[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ConceptController(ConceptQuery concept) : Controller
{
    [HttpGet("concept")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var page = await concept.LoadAsync(HttpContext.Period(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
