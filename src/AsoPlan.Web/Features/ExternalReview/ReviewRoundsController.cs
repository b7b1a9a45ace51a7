using AsoPlan.Core.Accounts;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>
/// The planning office's side of the external review: open and close a year's round, read the reviewers' findings per
/// measure, and compile and publish the committee's finding (審議会の意見) with the city's response (市の対応方針).
/// </summary>
[Area("Planning")]
[Authorize(Roles = Roles.PlanningOffice)]
[Route("planning/external-review")]
public sealed class ReviewRoundsController(ExternalReviewQueries queries, ExternalReviewService review, EntryYears years) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await HomeAsync(null, cancellationToken));

    [HttpPost("rounds/{year:int}")]
    public async Task<IActionResult> SetRound(int year, bool open, CancellationToken cancellationToken)
    {
        if (!await years.ContainsAsync(year, cancellationToken))
        {
            return NotFound();
        }

        if (await review.SetRoundAsync(year, open, User.Identity!.Name!, cancellationToken) is { } problem)
        {
            var view = View(nameof(Index), await HomeAsync(problem, cancellationToken));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }

        TempData[Flash.Key] = $"{new FiscalYear(year).ToWareki()}の外部評価の受付を{(open ? "開始" : "終了")}しました。";
        return Redirect("/planning/external-review");
    }

    [HttpGet("{year:int}/measures/{number:int}")]
    public Task<IActionResult> Measure(int year, int number, CancellationToken cancellationToken) => PageAsync(year, number, [], null, cancellationToken);

    [HttpPost("{year:int}/measures/{number:int}")]
    public async Task<IActionResult> Save(int year, int number, FindingRating? rating, string? committeeOpinion, string? cityResponse, bool publish, CancellationToken cancellationToken)
    {
        var measure = await queries.MeasureAsync(number, cancellationToken);
        if (measure is null || !await years.ContainsAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var content = new CommitteeFindingContent(ModelState.IsValid ? rating : null, committeeOpinion, cityResponse);
        var problems = await review.SaveCommitteeFindingAsync(year, measure.Value.Id, content, publish, User.Identity!.Name!, cancellationToken);
        if (problems.Count > 0)
        {
            return await PageAsync(year, number, problems, content, cancellationToken, StatusCodes.Status422UnprocessableEntity);
        }

        TempData[Flash.Key] = publish ? "審議会の意見と市の対応方針を公表しました。" : "下書きを保存しました。";
        return Redirect($"/planning/external-review/{year}/measures/{number}");
    }

    private async Task<ReviewRoundsPage> HomeAsync(string? problem, CancellationToken cancellationToken)
    {
        var rounds = await review.RoundsAsync(cancellationToken);
        var (year, _) = await queries.UnderReviewAsync(cancellationToken);
        var rows = year is { } y ? await queries.MeasuresAsync(y, null, cancellationToken) : [];
        return new ReviewRoundsPage(await years.AllAsync(cancellationToken), rounds, year, rows, problem);
    }

    private async Task<IActionResult> PageAsync(int year, int number, IReadOnlyList<FindingProblem> problems, CommitteeFindingContent? posted, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        var measure = await queries.MeasureAsync(number, cancellationToken);
        if (measure is null || !await years.ContainsAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var findings = await queries.FindingsAsync(measure.Value.Id, year, null, cancellationToken);
        var committee = await queries.CommitteeFindingAsync(measure.Value.Id, year, cancellationToken);
        var view = View("Measure", new CommitteeFindingPage(year, number, measure.Value.Title, findings, committee?.State, posted ?? committee?.Content ?? new(null, null, null), problems));
        view.StatusCode = status;
        return view;
    }
}

public sealed record ReviewRoundsPage(IReadOnlyList<int> Years, IReadOnlyList<RoundStatus> Rounds, int? YearUnderReview, IReadOnlyList<ReviewMeasureRow> Measures, string? Problem);

public sealed record CommitteeFindingPage(
    int FiscalYear, int Number, string Title, IReadOnlyList<ReviewerFindingLine> Findings, CommitteeFindingState? State, CommitteeFindingContent Content, IReadOnlyList<FindingProblem> Problems)
{
    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;
}
