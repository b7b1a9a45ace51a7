using AsoPlan.Core.Accounts;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.FinalReview;

/// <summary>The planning office writes the 総括's 成果・課題 (per measure and for the whole period) as drafts and approves them.</summary>
[Area("Planning")]
[Authorize(Roles = Roles.PlanningOffice)]
[Route("planning/period/review")]
public sealed class FinalReviewTextsController(FinalReviewTextService texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await texts.ListAsync(cancellationToken));

    [HttpGet("{target}")]
    public async Task<IActionResult> Edit(string target, CancellationToken cancellationToken) =>
        await texts.FindAsync(target, cancellationToken) is { } state
            ? View(new ReviewTextPage(state, null, null, new Dictionary<string, string>(), null) { WroteDraft = await WroteDraftAsync(state, cancellationToken) })
            : NotFound();

    [HttpPost("{target}")]
    public async Task<IActionResult> Save(string target, string? results, string? issues, CancellationToken cancellationToken)
    {
        if (await texts.FindAsync(target, cancellationToken) is not { } state)
        {
            return NotFound();
        }

        var problems = await texts.SaveAsync(state.Target, results, issues, User.Identity!.Name!, cancellationToken);
        if (problems.Count > 0)
        {
            return Refused(new ReviewTextPage(state, results, issues, problems, null) { WroteDraft = await WroteDraftAsync(state, cancellationToken) });
        }

        TempData[Flash.Key] = $"{state.Target.Label}の総括を下書きとして保存しました。別の企画担当者が承認すると公表されます。";
        return Redirect(state.Target.Path);
    }

    [HttpPost("{target}/approve")]
    public async Task<IActionResult> Approve(string target, Guid version, CancellationToken cancellationToken)
    {
        if (await texts.FindAsync(target, cancellationToken) is not { } state)
        {
            return NotFound();
        }

        if (await texts.ApproveAsync(state.Target, version, User.Identity!.Name!, cancellationToken) is { } problem)
        {
            return Refused(new ReviewTextPage(state, null, null, new Dictionary<string, string>(), problem) { WroteDraft = await WroteDraftAsync(state, cancellationToken) });
        }

        TempData[Flash.Key] = $"{state.Target.Label}の総括を承認しました。計画期間が終了していれば、総括のページに公表されます。";
        return Redirect(state.Target.Path);
    }

    private Task<bool> WroteDraftAsync(ReviewTextState state, CancellationToken cancellationToken) =>
        texts.WroteDraftAsync(state.Target, User.Identity!.Name!, cancellationToken);

    private ViewResult Refused(ReviewTextPage page)
    {
        var view = View(nameof(Edit), page);
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }
}

/// <summary>The edit page: the text's state, and after a refused save what was typed with a message per field, or why an approval was refused.</summary>
public sealed record ReviewTextPage(ReviewTextState State, string? Results, string? Issues, IReadOnlyDictionary<string, string> Problems, string? ApproveProblem)
{
    /// <summary>The viewer wrote the waiting draft: the approval is someone else's (職務の分離), so no button is offered.</summary>
    public bool WroteDraft { get; init; }
}
