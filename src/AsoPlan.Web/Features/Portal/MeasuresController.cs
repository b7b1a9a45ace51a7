using System.Globalization;
using AsoPlan.Web.Features.ExternalReview;
using AsoPlan.Web.Features.Voice;
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
public sealed class MeasuresController(MeasureQueries measures, PolicyQueries policies, PublishedOpinionsQuery opinions, ExternalReviewQueries review) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await policies.ListAsync(HttpContext.Period(), cancellationToken));

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Details(int number, string? page, CancellationToken cancellationToken)
    {
        var period = HttpContext.Period();
        var measure = await measures.FindAsync(period, number, cancellationToken);
        if (measure is null)
        {
            return NotFound();
        }

        // ?page= pages the published opinions (newest first); anything else is the first page.
        var opinionPage = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? n : 1;
        var (items, total) = await opinions.PageAsync(period, number, null, null, opinionPage, PublishedOpinionList.PageSize, cancellationToken);
        var basePath = OpinionFeed.Path(period, $"/measures/{number}");
        var list = new PublishedOpinionList(items, opinionPage, PublishedOpinionList.PageCountOf(total), total,
            p => p == 1 ? basePath + "#opinions" : $"{basePath}{(basePath.Contains('?', StringComparison.Ordinal) ? "&" : "?")}page={p.ToString(CultureInfo.InvariantCulture)}#opinions");
        var committee = await review.PublishedAsync(period.Id, number, cancellationToken);
        return View(measure with { Opinions = list, OpinionsOpen = period.IsCurrent, CommitteeFindings = committee });
    }
}
