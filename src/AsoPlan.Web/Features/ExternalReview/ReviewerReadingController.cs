using AsoPlan.Core.Accounts;
using AsoPlan.Web.Features.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>
/// What an external reviewer reads besides each measure's record: the dashboard and the yearly report (page, workbook,
/// CSV) of the year under review only, built from submitted and approved records (ReviewerAccess). Read-only; another
/// year is never offered (a <c>year</c> in the address is ignored).
/// </summary>
[Area("Reviewer")]
[Authorize(Roles = Roles.Reviewer)]
[Route("review")]
public sealed class ReviewerReadingController(ReviewerGate gate, ExternalReviewQueries queries, DashboardQuery dashboard, ReportQuery reports) : Controller
{
    [HttpGet("dashboard")]
    public Task<IActionResult> Dashboard(CancellationToken cancellationToken) => ReadAsync(async year =>
        View("~/Features/Review/Views/Dashboard/Index.cshtml", await dashboard.LoadAsync(year, cancellationToken) with { ForReviewer = true }), cancellationToken);

    [HttpGet("report")]
    public Task<IActionResult> Report(CancellationToken cancellationToken) => ReadAsync(async year =>
        View("~/Features/Review/Views/Report/Index.cshtml", await reports.LoadAsync(year, cancellationToken, forReviewer: true)), cancellationToken);

    [HttpGet("report/workbook")]
    public Task<IActionResult> Workbook(CancellationToken cancellationToken) => ReadAsync(async year =>
    {
        var report = await reports.LoadAsync(year, cancellationToken, forReviewer: true);
        return File(await ReportWorkbook.WriteAsync(report, cancellationToken), ReportWorkbook.ContentType, ReportWorkbook.FileName(report.Year));
    }, cancellationToken);

    [HttpGet("report/csv")]
    public Task<IActionResult> Csv(CancellationToken cancellationToken) => ReadAsync(async year =>
    {
        var report = await reports.LoadAsync(year, cancellationToken, forReviewer: true);
        return File(await ReportCsv.WriteAsync(report, cancellationToken), ReportCsv.ContentType, ReportCsv.FileName(report.Year));
    }, cancellationToken);

    /// <summary>The access period first; before any round there is no year to read, and the reviewer's home says so.</summary>
    private async Task<IActionResult> ReadAsync(Func<int, Task<IActionResult>> read, CancellationToken cancellationToken)
    {
        if (await gate.ExpiredAsync(this, cancellationToken) is { } expired)
        {
            return expired;
        }

        var (year, _) = await queries.UnderReviewAsync(cancellationToken);
        return year is { } y ? await read(y) : Redirect("/review");
    }
}
