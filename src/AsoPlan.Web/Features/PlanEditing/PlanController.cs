using System.Text;
using AsoPlan.Core.Accounts;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>Loading a whole plan file (seed format) and exporting the current plan in the same format.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
[Route("admin/plan")]
public sealed class PlanController(PlanPeriodQueries queries, PlanLoader loader, PlanSeedExporter exporter) : Controller
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
        var (json, unreadable) = await ReadAsync(file);
        var problems = json is null ? [unreadable!] : await LoadAsync(json);
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

    private async Task<IReadOnlyList<string>> LoadAsync(string json)
    {
        var result = await loader.LoadAsync(json, User.Identity!.Name!, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            var summary = result.Summary!;
            TempData[Flash.Key] = $"{result.Seed!.Period.Name}を{(result.NewPeriod ? "新しい基本計画として" : "")}読み込みました（追加 {summary.Added}件、変更 {summary.Updated}件、削除 {summary.Deleted}件）。";
        }

        return result.Problems;
    }

    private static async Task<(string? Json, string? Problem)> ReadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "計画ファイル（.json）を選んでください。");
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
