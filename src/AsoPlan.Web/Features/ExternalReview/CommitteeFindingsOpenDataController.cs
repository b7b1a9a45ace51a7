using AsoPlan.Web.Features.OpenData;
using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>The published committee findings and the city's responses as open data (committee-findings.csv, .json).</summary>
[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("opendata")]
public sealed class CommitteeFindingsOpenDataController(ExternalReviewQueries queries) : Controller
{
    [HttpGet("committee-findings.csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        File(CommitteeFindingColumns.Csv(await queries.PublishedInPeriodAsync(HttpContext.Period().Id, cancellationToken)), "text/csv; charset=utf-8", "committee-findings.csv");

    [HttpGet("committee-findings.json")]
    public async Task<IActionResult> Json(CancellationToken cancellationToken)
    {
        var period = HttpContext.Period();
        var json = CommitteeFindingColumns.Json(period, await queries.PublishedInPeriodAsync(period.Id, cancellationToken)).ToJsonString(OpenDataJson.Options);
        return Content(json, "application/json; charset=utf-8");
    }
}
