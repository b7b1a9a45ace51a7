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

        var unreadable = ModelState.IsValid ? null : "受付の開始・終了を読み取れませんでした。画面を開き直して、もう一度操作してください。";
        if ((unreadable ?? await review.SetRoundAsync(year, open, User.Identity!.Name!, cancellationToken)) is { } problem)
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

    /// <summary>
    /// 下書きを保存する, or 公表する in two steps: without <paramref name="confirmed"/> everything is checked and the
    /// confirmation page shows what the public will read; nothing is published until it is confirmed.
    /// </summary>
    [HttpPost("{year:int}/measures/{number:int}")]
    public async Task<IActionResult> Save(int year, int number, FindingRating? rating, string? committeeOpinion, string? cityResponse, bool publish, bool confirmed, CancellationToken cancellationToken)
    {
        var measure = await queries.MeasureAsync(number, cancellationToken);
        if (measure is null || !await years.ContainsAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var content = new CommitteeFindingContent(ModelState.IsValid ? rating : null, committeeOpinion, cityResponse);
        var checkOnly = publish && !confirmed;
        var problems = BindingProblems() is { Count: > 0 } unreadable ? unreadable
            : await review.SaveCommitteeFindingAsync(year, measure.Value.Id, content, publish, User.Identity!.Name!, checkOnly, cancellationToken);
        if (problems.Count > 0)
        {
            return await PageAsync(year, number, problems, content, cancellationToken, StatusCodes.Status422UnprocessableEntity);
        }

        if (checkOnly)
        {
            return View("Confirm", new CommitteeFindingConfirmPage(year, number, measure.Value.Title, content, null, null));
        }

        TempData[Flash.Key] = publish ? "審議会の意見と市の対応方針を公表しました。" : "下書きを保存しました。";
        return Redirect($"/planning/external-review/{year}/measures/{number}");
    }

    /// <summary>Corrects a published finding in two steps, like publishing: the confirmation page shows the dated public note the correction adds.</summary>
    [HttpPost("{year:int}/measures/{number:int}/correction")]
    public async Task<IActionResult> Correct(int year, int number, FindingRating? rating, string? committeeOpinion, string? cityResponse, string? reason, bool confirmed, CancellationToken cancellationToken)
    {
        var measure = await queries.MeasureAsync(number, cancellationToken);
        if (measure is null || !await years.ContainsAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var content = new CommitteeFindingContent(ModelState.IsValid ? rating : null, committeeOpinion, cityResponse);
        var outcome = BindingProblems() is { Count: > 0 } unreadable ? new CorrectionOutcome(unreadable, null)
            : await review.CorrectCommitteeFindingAsync(year, measure.Value.Id, content, reason, User.Identity!.Name!, checkOnly: !confirmed, cancellationToken);
        if (outcome.Problems.Count > 0)
        {
            return await PageAsync(year, number, outcome.Problems, content, cancellationToken, StatusCodes.Status422UnprocessableEntity, reason);
        }

        if (!confirmed)
        {
            return View("Confirm", new CommitteeFindingConfirmPage(year, number, measure.Value.Title, content, reason, outcome.Note));
        }

        TempData[Flash.Key] = "訂正して公表しました。施策のページに訂正のお知らせが載ります。";
        return Redirect($"/planning/external-review/{year}/measures/{number}");
    }

    /// <summary>A value the form never sends (a rating not in the list, a flag that is not true/false): refused as such, nothing saved.</summary>
    private List<FindingProblem> BindingProblems() =>
        [.. ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key.Equals("rating", StringComparison.OrdinalIgnoreCase)
            ? new FindingProblem(CommitteeFindingWorkflow.RatingField, "審議会の評価は一覧から選んでください。")
            : new FindingProblem(string.Empty, "送信された内容を読み取れませんでした。画面を開き直して、もう一度操作してください。")).Distinct()];

    private async Task<ReviewRoundsPage> HomeAsync(string? problem, CancellationToken cancellationToken)
    {
        var rounds = await review.RoundsAsync(cancellationToken);
        var (year, _) = await queries.UnderReviewAsync(cancellationToken);
        var rows = year is { } y ? await queries.MeasuresAsync(y, null, cancellationToken) : [];
        return new ReviewRoundsPage(await years.AllAsync(cancellationToken), rounds, year, rows, problem);
    }

    private async Task<IActionResult> PageAsync(
        int year, int number, IReadOnlyList<FindingProblem> problems, CommitteeFindingContent? posted, CancellationToken cancellationToken, int status = StatusCodes.Status200OK, string? reason = null)
    {
        var measure = await queries.MeasureAsync(number, cancellationToken);
        if (measure is null || !await years.ContainsAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var findings = await queries.FindingsAsync(measure.Value.Id, year, null, cancellationToken);
        var committee = await queries.CommitteeFindingAsync(measure.Value.Id, year, cancellationToken);
        var page = new CommitteeFindingPage(year, number, measure.Value.Title, findings, committee?.State, posted ?? committee?.Content ?? new(null, null, null), problems)
        {
            Published = committee is { State: CommitteeFindingState.Published } p ? p.Content : null,
            CorrectionNotes = Shared.Formatting.ValueFormat.Lines(committee?.CorrectionNotes),
            Reason = reason,
        };
        var view = View("Measure", page);
        view.StatusCode = status;
        return view;
    }
}

public sealed record ReviewRoundsPage(IReadOnlyList<int> Years, IReadOnlyList<RoundStatus> Rounds, int? YearUnderReview, IReadOnlyList<ReviewMeasureRow> Measures, string? Problem);

/// <param name="Content">What the form shows: as posted after a refusal, else as stored.</param>
public sealed record CommitteeFindingPage(
    int FiscalYear, int Number, string Title, IReadOnlyList<ReviewerFindingLine> Findings, CommitteeFindingState? State, CommitteeFindingContent Content, IReadOnlyList<FindingProblem> Problems)
{
    /// <summary>The words as published now (public), when the finding is published.</summary>
    public CommitteeFindingContent? Published { get; init; }

    public IReadOnlyList<string> CorrectionNotes { get; init; } = [];

    /// <summary>The correction's reason as typed, after a refusal.</summary>
    public string? Reason { get; init; }

    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;
}

/// <summary>The confirmation before publishing (Reason null) or correcting a published finding: what the public will read, and the correction's note.</summary>
public sealed record CommitteeFindingConfirmPage(int FiscalYear, int Number, string Title, CommitteeFindingContent Content, string? Reason, string? Note)
{
    public bool IsCorrection => Note is not null;
}
