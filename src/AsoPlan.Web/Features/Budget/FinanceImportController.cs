using AsoPlan.Core.Accounts;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Forms;
using AsoPlan.Web.Shared.Spreadsheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using static AsoPlan.Web.Features.Budget.FinanceImportLayout;

namespace AsoPlan.Web.Features.Budget;

/// <summary>The planning office takes in the finance system's 予算・決算 by 予算事業コード and year (docs/budget-link.md#finance-import).</summary>
[Area("Planning")]
[Authorize(Roles = Roles.PlanningOffice)]
[Route("planning/finance-import")]
public sealed class FinanceImportController(FinanceImporter importer) : Controller
{
    /// <summary>Requests up to this size reach the action, so a file over <see cref="FinanceFile.MaxBytes"/> gets its Japanese message.</summary>
    private const int MaxRequestBytes = 10 * 1024 * 1024;

    [HttpGet("")]
    public IActionResult Index() => View(new FinanceImportPage([], null));

    [HttpGet("template.csv")]
    public IActionResult TemplateCsv() =>
        File(CsvText.Write(Columns.Select(c => c.Header), []), "text/csv; charset=utf-8", TemplateName + ".csv");

    [HttpGet("template.xlsx")]
    public IActionResult TemplateXlsx()
    {
        var sheets = new Dictionary<string, object> { [SheetName] = new[] { Columns.ToDictionary(c => c.Header, _ => (object?)null) } };
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            TableStyles = TableStyles.Default,
            DynamicColumns = [.. Columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width })],
        };
        return File(XlsxFile.Write(sheets, configuration), XlsxFile.ContentType, TemplateName + ".xlsx");
    }

    [HttpPost("")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        var result = file is { Length: > FinanceFile.MaxBytes }
            ? FinanceImportResult.Refused([FinanceFile.TooLarge])
            : await importer.ImportAsync(await ReadAsync(file, cancellationToken), User.Identity!.Name!, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new FinanceImportPage(result.Problems, file?.FileName));
        }

        var records = result.Records.Select(r => $"実施施策{r.MeasureNumber} {ValueFormat.Wareki(r.FiscalYear)}（{r.Projects}事業）");
        TempData[Flash.Key] = $"予算・決算を取り込み、{string.Join("、", records)}の記録に下書きとして保存しました。各課が内容を確認して提出します。";
        return RedirectToAction(nameof(Index));
    }

    private static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}

/// <summary>The import page: the column layout, and the problems of a refused file.</summary>
public sealed record FinanceImportPage(IReadOnlyList<string> Problems, string? FileName);
