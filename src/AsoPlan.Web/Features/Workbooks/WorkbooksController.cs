using AsoPlan.Core.Accounts;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>A section's Excel round trip for one fiscal year: the page, the workbook download and the upload (docs/excel-round-trip.md).</summary>
[Area("Staff")]
[Authorize(Roles = Roles.SectionStaff)]
[Route("staff/sections/{section}/workbooks/{year:int}")]
public sealed class WorkbooksController(EntryWorkbookQuery query, EntryWorkbookImporter importer, IAuthorizationService authorization) : Controller
{
    /// <summary>Requests up to this size reach the action, so a file over <see cref="EntryWorkbookImporter.MaxFileBytes"/> gets its Japanese message.</summary>
    private const int MaxRequestBytes = 10 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string section, int year, CancellationToken cancellationToken)
    {
        var (target, refusal) = await FindAuthorizedAsync(section, year, RecordOperations.Read, cancellationToken);
        return target is null ? refusal! : View(await query.PageAsync(target, cancellationToken));
    }

    [HttpGet("download")]
    public async Task<IActionResult> Download(string section, int year, CancellationToken cancellationToken)
    {
        var (target, refusal) = await FindAuthorizedAsync(section, year, RecordOperations.Read, cancellationToken);
        if (target is null)
        {
            return refusal!;
        }

        var workbook = await query.LoadAsync(target, cancellationToken);
        if (workbook.Measures.Count == 0)
        {
            TempData[Flash.ErrorKey] = "入力できる施策がないため、ワークブックは作成できません（受付期間外か、すべて提出済・承認済です）。";
            return RedirectToAction(nameof(Index), new { section, year });
        }

        return File(await EntryWorkbookWriter.WriteAsync(workbook, cancellationToken), EntryWorkbookWriter.ContentType, EntryWorkbookWriter.FileName(target));
    }

    [HttpPost("")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Upload(string section, int year, IFormFile? file, CancellationToken cancellationToken)
    {
        var (target, refusal) = await FindAuthorizedAsync(section, year, RecordOperations.Edit, cancellationToken);
        if (target is null)
        {
            return refusal!;
        }

        var result = await ReadAsync(file, cancellationToken) is { } content
            ? await importer.ImportAsync(target, content, User.Identity!.Name!, cancellationToken)
            : WorkbookImportResult.Refused([file is null || file.Length == 0 ? "取り込むワークブック（.xlsx）を選んでください。" : EntryWorkbookImporter.TooLarge]);
        if (result.Succeeded)
        {
            TempData[Flash.Key] = $"ワークブックを取り込み、{string.Join("・", result.Measures.Select(m => $"実施施策{m}"))}を下書きとして保存しました。内容を確認して提出してください。";
            return LocalRedirect("/staff");
        }

        var page = await query.PageAsync(target, cancellationToken);
        page.Problems = result.Problems;
        page.FileName = file?.FileName;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), page);
    }

    private static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > EntryWorkbookImporter.MaxFileBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task<(SectionYear? Target, IActionResult? Refusal)> FindAuthorizedAsync(
        string section, int year, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var target = await query.FindAsync(section, year, cancellationToken);
        if (target is null)
        {
            return (null, NotFound());
        }

        return (await authorization.AuthorizeAsync(User, target, operation)).Succeeded ? (target, null) : (null, Forbid());
    }
}
