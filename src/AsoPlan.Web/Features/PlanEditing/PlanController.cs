using System.Text;
using AsoPlan.Core.Accounts;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Features.PlanWorkbook;
using AsoPlan.Web.Shared.Forms;
using AsoPlan.Web.Shared.Spreadsheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>
/// Loading a whole plan — a plan file (seed format) or a plan workbook (.xlsx), both through <see cref="PlanLoader"/> — and
/// exporting the current plan in either form, or the empty workbook template.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
[Route("admin/plan")]
public sealed class PlanController(PlanPeriodQueries queries, PlanLoader loader, PlanWorkbookImporter workbooks, PlanSeedExporter exporter) : Controller
{
    /// <summary>The real plan is about 300 KB; anything far larger is not a plan file.</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new PlanAdminPage(await queries.ListAsync(), [], null));

    [HttpPost("import")]
    [RequestSizeLimit(MaxFileBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file)
    {
        var problems = IsWorkbook(file) ? await LoadWorkbookAsync(file!) : await LoadFileAsync(file);
        if (problems.Count == 0)
        {
            return LocalRedirect("/admin/plan");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), new PlanAdminPage(await queries.ListAsync(), problems, file?.FileName));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export()
    {
        var seed = await exporter.ExportAsync();
        if (seed is null)
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(PlanSeedJson.Serialize(seed)), "application/json", $"plan-{seed.Period.Code}.json");
    }

    /// <summary>The current plan as a filled plan workbook.</summary>
    [HttpGet("workbook")]
    public async Task<IActionResult> Workbook()
    {
        var seed = await exporter.ExportAsync();
        if (seed is null)
        {
            return NotFound();
        }

        return File(PlanWorkbookWriter.Write(seed, seed.Departments), XlsxFile.ContentType, PlanWorkbookWriter.FileName(seed));
    }

    /// <summary>The empty plan workbook: headings, instructions and input lists, with the departments and sections every period shares.</summary>
    [HttpGet("workbook/template")]
    public async Task<IActionResult> Template() =>
        File(PlanWorkbookWriter.Write(null, await exporter.DepartmentsAsync()), XlsxFile.ContentType, PlanWorkbookWriter.FileName(null));

    private static bool IsWorkbook(IFormFile? file) =>
        file is { Length: > 0 } && (file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.ContentType == XlsxFile.ContentType);

    private async Task<IReadOnlyList<string>> LoadFileAsync(IFormFile? file)
    {
        var (json, unreadable) = await ReadAsync(file);
        if (json is null)
        {
            return [unreadable!];
        }

        var result = await loader.LoadAsync(json, User.Identity!.Name!, HttpContext.RequestAborted);
        Loaded(result);
        return result.Problems;
    }

    private async Task<IReadOnlyList<string>> LoadWorkbookAsync(IFormFile file)
    {
        if (file.Length > MaxFileBytes)
        {
            return ["ファイルが大きすぎます（5MBまで）。計画ワークブック（.xlsx）を選んでください。"];
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var result = await workbooks.ImportAsync(buffer.ToArray(), User.Identity!.Name!, HttpContext.RequestAborted);
        if (result.Load is { } load)
        {
            Loaded(load);
        }

        return result.Problems;
    }

    private void Loaded(PlanLoadResult result)
    {
        if (result.Succeeded)
        {
            var summary = result.Summary!;
            TempData[Flash.Key] = $"{result.Seed!.Period.Name}を{(result.NewPeriod ? "新しい基本計画として" : "")}読み込みました（追加 {summary.Added}件、変更 {summary.Updated}件、削除 {summary.Deleted}件）。";
        }
    }

    private static async Task<(string? Json, string? Problem)> ReadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "計画ファイル（.json）か計画ワークブック（.xlsx）を選んでください。");
        }

        if (file.Length > MaxFileBytes)
        {
            return (null, "ファイルが大きすぎます（5MBまで）。計画ファイル（.json）を選んでください。");
        }

        using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return (await reader.ReadToEndAsync(), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "ファイルを UTF-8 の文字として読めません。書き出した計画ファイル（.json）を選んでください。");
        }
    }
}
