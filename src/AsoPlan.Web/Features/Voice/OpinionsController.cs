using AsoPlan.Core.Voice;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// A citizen sends an opinion on a measure of the current period (no account) and is thanked with a receipt number.
/// The form sits on the cached measure page, which cannot carry a per-visitor antiforgery token; the post acts on
/// nobody's behalf (there is no account to abuse), so it is exempt, and the rate limiter, the trap field and the
/// submission rules stand in its place (docs/security.md).
/// </summary>
[AllowAnonymous]
[PlanPeriodScope]
public sealed class OpinionsController(AsoPlanDbContext db, OpinionSubmissionService submissions) : Controller
{
    public const long MaxBodyBytes = 64 * 1024;

    private const string ReceiptKey = "OpinionReceipt";
    private const string ConsentKey = "OpinionConsent";
    private const string MeasureKey = "OpinionMeasure";

    [HttpPost("measures/{number:int}/opinions")]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Send(int number, OpinionForm form, CancellationToken cancellationToken)
    {
        var period = HttpContext.Period();
        var measure = await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == period.Id && m.Number == number)
            .Select(m => new { m.Id, m.Title })
            .FirstOrDefaultAsync(cancellationToken);
        if (measure is null || !period.IsCurrent)
        {
            return NotFound();
        }

        var result = await submissions.SubmitAsync(measure.Id, form.ToSubmission(), cancellationToken);
        if (result.Opinion is not { } opinion)
        {
            // The trap field comes back empty, so a person whose browser filled it can simply send again.
            form.Homepage = null;
            var view = View("Form", new OpinionFormPage(number, measure.Title, form, result.Problems));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }

        TempData[ReceiptKey] = opinion.Receipt;
        TempData[ConsentKey] = opinion.ConsentToPublish;
        TempData[MeasureKey] = number;
        return Redirect("/opinions/sent");
    }

    /// <summary>Reached by the redirect after sending; on reload (the number already shown) it thanks without the number.</summary>
    [HttpGet("opinions/sent")]
    public IActionResult Sent() =>
        View(new OpinionSentPage(TempData[ReceiptKey] as string, TempData[ConsentKey] is true, TempData[MeasureKey] as int?));
}
