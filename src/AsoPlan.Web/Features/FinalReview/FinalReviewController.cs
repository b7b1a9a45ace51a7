using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.FinalReview;

/// <summary>
/// The public final review (総括) of a finished plan period: a page that prints on A4, a workbook and a CSV. A code that
/// names no period answers the Japanese 404 page; a period that is not finished (yet, or again after a reopening) gets
/// a page saying so, a CSV of the header alone (as open data's), and its workbook address leads to that page.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("periods/{code}")]
public sealed class FinalReviewController(PortalPeriods periods, FinalReviewQuery reviews) : Controller
{
    [HttpGet("review")]
    public async Task<IActionResult> Index(string code, CancellationToken cancellationToken) => await LoadAsync(code, cancellationToken) switch
    {
        (null, _) => NotFound(),
        (var period, null) => View("NotFinished", period),
        (_, var review) => View(review),
    };

    [HttpGet("review.xlsx")]
    public async Task<IActionResult> Workbook(string code, CancellationToken cancellationToken) => await LoadAsync(code, cancellationToken) switch
    {
        (null, _) => NotFound(),
        (var period, null) => Redirect(period.ReviewPath),
        (_, var review) => File(FinalReviewFiles.Workbook(review), Shared.Spreadsheets.XlsxFile.ContentType, FinalReviewFiles.FileName(review, "xlsx")),
    };

    [HttpGet("review.csv")]
    public async Task<IActionResult> Csv(string code, CancellationToken cancellationToken) => await LoadAsync(code, cancellationToken) switch
    {
        (null, _) => NotFound(),
        (var period, null) => File(FinalReviewFiles.EmptyCsv(period.Years), FinalReviewFiles.CsvContentType, $"総括_{period.Name}.csv"),
        (_, var review) => File(FinalReviewFiles.Csv(review), FinalReviewFiles.CsvContentType, FinalReviewFiles.FileName(review, "csv")),
    };

    /// <summary>The period named in the address (kept on the request, so the layout's switcher and links know it) and its review.</summary>
    private async Task<(PortalPeriod? Period, FinalReviewPage? Review)> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await periods.ChooseAsync(code, cancellationToken) is not { } choice)
        {
            return (null, null);
        }

        HttpContext.Features.Set(choice);
        return (choice.Selected, await reviews.LoadAsync(choice.Selected, cancellationToken));
    }
}
