using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.Portal;

[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("sections")]
public sealed class SectionsController(SectionQueries sections) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sections.ListAsync(HttpContext.Period(), cancellationToken));

    [HttpGet("{code:regex(^[[a-z0-9-]]{{1,32}}$)}")]
    public async Task<IActionResult> Details(string code, CancellationToken cancellationToken)
    {
        var page = await sections.FindAsync(HttpContext.Period(), code, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
