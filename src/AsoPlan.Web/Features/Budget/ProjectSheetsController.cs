using AsoPlan.Web.Shared.Spreadsheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Budget;

/// <summary>The public 事務事業評価シート: a project's approved year as a printable page, and a measure's year as a workbook.</summary>
[AllowAnonymous]
public sealed class ProjectSheetsController(ProjectSheetQuery sheets) : Controller
{
    [HttpGet("projects/{code}/{year:int}")]
    public async Task<IActionResult> Show(string code, int year, CancellationToken cancellationToken) =>
        await sheets.ForProjectAsync(code, year, cancellationToken) is { } sheet ? View(sheet) : NotFound();

    [HttpGet("measures/{number:int}/project-sheets/{year:int}")]
    public async Task<IActionResult> Workbook(int number, int year, CancellationToken cancellationToken)
    {
        var measureSheets = await sheets.ForMeasureAsync(number, year, cancellationToken);
        return measureSheets.Count == 0
            ? NotFound()
            : File(ProjectSheetWorkbook.Write(measureSheets), XlsxFile.ContentType, ProjectSheetWorkbook.FileName(number, year));
    }
}
