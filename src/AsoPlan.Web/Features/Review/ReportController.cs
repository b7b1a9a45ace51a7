using AsoPlan.Core.Accounts;
using AsoPlan.Web.Features.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Review;

/// <summary>The yearly evaluation report: a printable page, an Excel workbook and a CSV of the same lines.</summary>
[Area("Planning")]
[Authorize(Roles = $"{Roles.PlanningOffice},{Roles.Admin}")]
[Route("planning/report")]
public sealed class ReportController(ReportQuery reports, ExternalReview.ExternalReviewQueries review) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, CancellationToken cancellationToken)
    {
        var report = await reports.LoadAsync(YearQuery.Parse(year), cancellationToken);
        return View(report with { CommitteeFindings = await review.PublishedForYearAsync(report.Year, cancellationToken) });
    }

    [HttpGet("workbook")]
    public Task<IActionResult> Workbook(string? year, CancellationToken cancellationToken) =>
        DownloadAsync(year, ReportWorkbook.WriteAsync, ReportWorkbook.ContentType, ReportWorkbook.FileName, cancellationToken);

    [HttpGet("csv")]
    public Task<IActionResult> Csv(string? year, CancellationToken cancellationToken) =>
        DownloadAsync(year, ReportCsv.WriteAsync, ReportCsv.ContentType, ReportCsv.FileName, cancellationToken);

    /// <summary>A year that is not a reporting year goes back to the page, which explains it.</summary>
    private async Task<IActionResult> DownloadAsync(
        string? year,
        Func<EvaluationReport, CancellationToken, Task<byte[]>> write,
        string contentType,
        Func<int, string> fileName,
        CancellationToken cancellationToken)
    {
        var report = await reports.LoadAsync(YearQuery.Parse(year), cancellationToken);
        return report.YearMessage is not null
            ? Redirect($"/planning/report?year={Uri.EscapeDataString(year ?? "")}")
            : File(await write(report, cancellationToken), contentType, fileName(report.Year));
    }
}
