using AsoPlan.Core.Accounts;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Budget;

/// <summary>単価 per fiscal year (千円 per 人工), from which each project's 人件費 is computed.</summary>
[Area("Planning")]
[Authorize(Roles = Roles.PlanningOffice)]
[Route("planning/cost-rates")]
public sealed class CostRatesController(StaffCostRateService rates) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new CostRatesPage(await rates.ListAsync(cancellationToken)));

    [HttpPost("{year:int}")]
    public async Task<IActionResult> Set(int year, string? unitCost, CancellationToken cancellationToken)
    {
        var result = await rates.SetAsync(year, unitCost, User.Identity!.Name!, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            var view = View(nameof(Index), new CostRatesPage(await rates.ListAsync(cancellationToken), year, result.Error, unitCost));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }

        TempData[Flash.Key] = $"{new FiscalYear(year).ToWareki()}の単価を保存しました。";
        return RedirectToAction(nameof(Index));
    }
}

public sealed record CostRatesPage(IReadOnlyList<StaffCostRateRow> Rates, int? ErrorYear = null, string? Error = null, string? Posted = null);
