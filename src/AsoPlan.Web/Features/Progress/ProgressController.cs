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
public sealed class ProgressController(ProgressOverviewQuery overview, AsoPlan.Web.Features.Budget.PublishedProjectsQuery projects) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, CancellationToken cancellationToken)
    {
        var periodId = HttpContext.Period().Id;
        var page = await overview.LoadAsync(periodId, YearQuery.Parse(year), cancellationToken);
        var ratings = page.Measures.ToDictionary(m => m.Number, m => m.Approved ? m.Rating.Label : "未公表");
        return View(page with { Budget = await projects.OverviewAsync(periodId, page.Year, ratings, cancellationToken) });
    }
}
