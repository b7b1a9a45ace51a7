using AsoPlan.Web.Features.Progress;
using AsoPlan.Web.Features.Review;
using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.Portal;

[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class HomeController(HomeQuery home, MeasureStatusQuery status) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var page = await home.LoadAsync(HttpContext.Period(), cancellationToken);
        return page is null ? NotFound() : View(page with { Status = await status.LoadAsync(HttpContext.Period().Id, cancellationToken) });
    }
}
