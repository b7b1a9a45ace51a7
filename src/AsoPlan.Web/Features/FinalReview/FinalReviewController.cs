using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.FinalReview;

/// <summary>
/// The public final review (総括) of a finished plan period: a page that prints on A4, a workbook and a CSV. A period
/// that is not finished, or a code that names none, answers the Japanese 404 page.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[Route("periods/{code}")]
public sealed class FinalReviewController(PortalPeriods periods, FinalReviewQuery reviews) : Controller
{
    [HttpGet("review")]
    public async Task<IActionResult> Index(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) is { } review ? View(review) : NotFound();

    [HttpGet("review.xlsx")]
    public async Task<IActionResult> Workbook(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) is { } review
            ? File(FinalReviewFiles.Workbook(review), Shared.Spreadsheets.XlsxFile.ContentType, FinalReviewFiles.FileName(review, "xlsx"))
            : NotFound();

    [HttpGet("review.csv")]
    public async Task<IActionResult> Csv(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) is { } review
            ? File(FinalReviewFiles.Csv(review), FinalReviewFiles.CsvContentType, FinalReviewFiles.FileName(review, "csv"))
            : NotFound();

    /// <summary>The period named in the address (kept on the request, so the layout's switcher and links know it) and its review.</summary>
    private async Task<FinalReviewPage?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await periods.ChooseAsync(code, cancellationToken) is not { } choice || string.IsNullOrEmpty(code))
        {
            return null;
        }

        HttpContext.Features.Set(choice);
        return await reviews.LoadAsync(choice.Selected, cancellationToken);
    }
}
