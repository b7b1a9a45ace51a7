using System.Text.Json;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Features.OpenData;

[AllowAnonymous]
[PlanPeriodScope]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("opendata")]
public sealed class OpenDataController(
    OpenDataQuery indicators, PlanDocumentQuery plan, AchievementCalculator calculator, PublishedChangesQuery changes, IOptions<OpenDataOptions> licence, ProjectOpenData projects, FinalReview.FinalReviewQuery finalReviews) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (years, series) = await indicators.IndicatorsAsync(HttpContext.Period(), cancellationToken);
        var published = await changes.LatestAsync(HttpContext.Period(), cancellationToken);
        return View(new OpenDataPage(OpenDataColumn.For(years, calculator.Bands), series.Count, licence.Value, published));
    }

    /// <summary>Atom feed of published changes: approvals of yearly values and revision notes of the plan.</summary>
    [HttpGet("feed.atom")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var published = await changes.LatestAsync(HttpContext.Period(), cancellationToken);
        var site = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        return File(ChangeFeed.Write(HttpContext.Period(), site, licence.Value, published), ChangeFeed.ContentType);
    }

    [HttpGet("indicators.csv")]
    public async Task<IActionResult> IndicatorsCsv(CancellationToken cancellationToken)
    {
        var (years, series) = await indicators.IndicatorsAsync(HttpContext.Period(), cancellationToken);
        return File(IndicatorCsv.Write(OpenDataColumn.For(years, calculator.Bands), series), "text/csv; charset=utf-8", "indicators.csv");
    }

    [HttpGet("indicators.json")]
    public async Task<IActionResult> IndicatorsJson(CancellationToken cancellationToken)
    {
        var (years, series) = await indicators.IndicatorsAsync(HttpContext.Period(), cancellationToken);
        var json = OpenDataJson.Indicators(OpenDataSource.Name(HttpContext.Period()), OpenDataColumn.For(years, calculator.Bands), series).ToJsonString(OpenDataJson.Options);
        return Content(json, "application/json; charset=utf-8");
    }

    [HttpGet("projects.csv")]
    public async Task<IActionResult> ProjectsCsv(CancellationToken cancellationToken) =>
        File(ProjectOpenData.Csv(await projects.RowsAsync(HttpContext.Period(), cancellationToken)), "text/csv; charset=utf-8", "projects.csv");

    [HttpGet("projects.json")]
    public async Task<IActionResult> ProjectsJson(CancellationToken cancellationToken) =>
        Content(ProjectOpenData.Json(OpenDataSource.Name(HttpContext.Period()), await projects.RowsAsync(HttpContext.Period(), cancellationToken)).ToJsonString(OpenDataJson.Options), "application/json; charset=utf-8");

    /// <summary>The final results of a finished period (its 総括); a running period's file has the header only.</summary>
    [HttpGet("final-results.csv")]
    public async Task<IActionResult> FinalResultsCsv(CancellationToken cancellationToken)
    {
        var period = HttpContext.Period();
        var review = await finalReviews.LoadAsync(period, cancellationToken);
        var bytes = review is null ? FinalReview.FinalReviewFiles.EmptyCsv(period.Years) : FinalReview.FinalReviewFiles.Csv(review);
        return File(bytes, FinalReview.FinalReviewFiles.CsvContentType, "final-results.csv");
    }

    [HttpGet("final-results.json")]
    public async Task<IActionResult> FinalResultsJson(CancellationToken cancellationToken)
    {
        var period = HttpContext.Period();
        var review = await finalReviews.LoadAsync(period, cancellationToken);
        var json = FinalReview.FinalReviewFiles.Json(OpenDataSource.Name(period), period, review);
        return Content(json.ToJsonString(OpenDataJson.Options), "application/json; charset=utf-8");
    }

    [HttpGet("plan.json")]
    public async Task<IActionResult> PlanJson(CancellationToken cancellationToken)
    {
        var document = await plan.LoadAsync(HttpContext.Period(), cancellationToken);
        return document is null
            ? NotFound()
            : Content(JsonSerializer.Serialize(document, OpenDataJson.Options), "application/json; charset=utf-8");
    }
}
