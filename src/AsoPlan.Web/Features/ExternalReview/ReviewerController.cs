using AsoPlan.Core.Accounts;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Web.Features.Errors;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>
/// An external reviewer (外部評価委員): the measures of the year under review, each measure's submitted or approved record
/// read-only, and their own finding, recorded while the round is open. Nothing else: the reviewer holds no other role.
/// </summary>
[Area("Reviewer")]
[Authorize(Roles = Roles.Reviewer)]
[Route("review")]
public sealed class ReviewerController(ExternalReviewQueries queries, ExternalReviewService review, WorkflowActors actors, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await ExpiredAsync(cancellationToken) is { } expired)
        {
            return expired;
        }

        var (year, round) = await queries.UnderReviewAsync(cancellationToken);
        var rows = year is { } y ? await queries.MeasuresAsync(y, User.Identity!.Name, cancellationToken) : [];
        return View(new ReviewerHomePage(year, round, rows));
    }

    [HttpGet("measures/{number:int}")]
    public Task<IActionResult> Measure(int number, CancellationToken cancellationToken) => PageAsync(number, [], null, null, cancellationToken);

    [HttpPost("measures/{number:int}/finding")]
    public async Task<IActionResult> Finding(int number, FindingRating? rating, string? text, CancellationToken cancellationToken)
    {
        if (await ExpiredAsync(cancellationToken) is { } expired)
        {
            return expired;
        }

        var measure = await queries.MeasureAsync(number, cancellationToken);
        var (year, round) = await queries.UnderReviewAsync(cancellationToken);
        if (measure is null || year is null)
        {
            return NotFound();
        }

        var actor = await actors.ForAsync(User, cancellationToken);
        var until = await queries.AccessUntilAsync(User.Identity!.Name!, cancellationToken);
        if (!ReviewerAccess.CanRecordFinding(actor, until, clock.GetUtcNow(), round, year.Value))
        {
            return Forbid();
        }

        var problems = await review.RecordFindingAsync(year.Value, measure.Value.Id, ModelState.IsValid ? rating : null, text, User.Identity!.Name!, cancellationToken);
        if (problems.Count > 0)
        {
            return await PageAsync(number, problems, rating, text, cancellationToken, StatusCodes.Status422UnprocessableEntity);
        }

        TempData[Flash.Key] = "評価と意見を保存しました。受付期間中は変更できます。";
        return Redirect($"/review/measures/{number}");
    }

    private async Task<IActionResult> PageAsync(int number, IReadOnlyList<FindingProblem> problems, FindingRating? rating, string? text, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        if (await ExpiredAsync(cancellationToken) is { } expired)
        {
            return expired;
        }

        var measure = await queries.MeasureAsync(number, cancellationToken);
        var (year, round) = await queries.UnderReviewAsync(cancellationToken);
        if (measure is null || year is null)
        {
            return NotFound();
        }

        var record = await queries.RecordAsync(measure.Value.Id, year.Value, cancellationToken);
        var mineList = await queries.FindingsAsync(measure.Value.Id, year.Value, User.Identity!.Name, cancellationToken);
        var mine = mineList.Count > 0 ? mineList[0] : null;
        var open = ReviewRoundRules.AcceptsFindings(round, year.Value);
        var view = View("Measure", new ReviewerMeasurePage(number, measure.Value.Title, year.Value, open, record, mine, problems, problems.Count > 0 ? rating : mine?.Rating, problems.Count > 0 ? text : mine?.Text));
        view.StatusCode = status;
        return view;
    }

    /// <summary>A reviewer account past its last day (or without one) is refused with a page that says so.</summary>
    private async Task<IActionResult?> ExpiredAsync(CancellationToken cancellationToken)
    {
        var until = await queries.AccessUntilAsync(User.Identity!.Name!, cancellationToken);
        if (ReviewerAccess.IsActive(until, clock.GetUtcNow()))
        {
            return null;
        }

        var view = View("~/Features/Errors/Views/Error/Status.cshtml", new ErrorPage(StatusCodes.Status403Forbidden, "利用期間が終了しています", "外部評価委員としての利用期間が設定されていないか、終了しています。政策防災課にお問い合わせください。"));
        view.StatusCode = StatusCodes.Status403Forbidden;
        return view;
    }
}

public sealed record ReviewerHomePage(int? Year, RoundStatus? Round, IReadOnlyList<ReviewMeasureRow> Measures);

public sealed record ReviewerMeasurePage(
    int Number, string Title, int FiscalYear, bool Open, ReviewedRecord? Record, ReviewerFindingLine? Mine, IReadOnlyList<FindingProblem> Problems, FindingRating? Rating, string? Text)
{
    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;
}
