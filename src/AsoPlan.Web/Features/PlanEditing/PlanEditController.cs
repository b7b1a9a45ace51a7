using AsoPlan.Core.Accounts;
using AsoPlan.Web.Infrastructure.Authorization;
using AsoPlan.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>
/// Editing the current plan in the app (administrators and the planning office): texts, indicators,
/// targets, directions, per-year targets, retiring and deleting. Each action finds the item (404),
/// authorizes against it (403), redisplays refused input (422), calls one service, and redirects.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.PlanningOffice)]
[Route("admin/plan/edit")]
public sealed class PlanEditController(
    PlanEditQueries queries,
    PlanTextEditor texts,
    IndicatorGoalEditor goals,
    IndicatorLifecycleEditor lifecycle,
    ProjectEditor projects,
    IAuthorizationService authorization) : Controller
{
    private string Actor => User.Identity!.Name!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.IndexAsync(cancellationToken));

    [HttpGet("policies/{number:int}")]
    public async Task<IActionResult> Policy(int number, CancellationToken cancellationToken) =>
        await RefusalAsync(await queries.PolicyAsync(number, cancellationToken))
        ?? View(await queries.PolicyFormAsync(number, cancellationToken));

    [HttpPost("policies/{number:int}")]
    public Task<IActionResult> Policy(int number, PolicyTextForm form, CancellationToken cancellationToken) => EditAsync(
        queries.PolicyAsync(number, cancellationToken),
        () => texts.EditPolicyAsync(Actor, number, form, cancellationToken),
        async () => View(await queries.RefillAsync(number, form, cancellationToken)),
        () => Task.FromResult(Done($"政策{number}の文章を変更しました。", "/admin/plan/edit")));

    [HttpGet("measures/{number:int}")]
    public async Task<IActionResult> Measure(int number, CancellationToken cancellationToken) =>
        await RefusalAsync(await queries.MeasureAsync(number, cancellationToken))
        ?? View(await queries.MeasurePageAsync(number, null, cancellationToken));

    [HttpPost("measures/{number:int}")]
    public Task<IActionResult> Measure(int number, MeasureTextForm form, CancellationToken cancellationToken) => EditAsync(
        queries.MeasureAsync(number, cancellationToken),
        () => texts.EditMeasureAsync(Actor, number, form, cancellationToken),
        async () => View(await queries.MeasurePageAsync(number, form, cancellationToken)),
        () => Task.FromResult(Done($"実施施策{number}の文章を変更しました。", MeasurePath(number))));

    [HttpGet("measures/{number:int}/indicators/new")]
    public async Task<IActionResult> AddIndicator(int number, CancellationToken cancellationToken) =>
        await RefusalAsync(await queries.MeasureAsync(number, cancellationToken))
        ?? View(await queries.NewIndicatorFormAsync(number, null, cancellationToken));

    [HttpPost("measures/{number:int}/indicators/new")]
    public Task<IActionResult> AddIndicator(int number, NewIndicatorForm form, CancellationToken cancellationToken) => EditAsync(
        queries.MeasureAsync(number, cancellationToken),
        () => lifecycle.AddAsync(Actor, number, form, cancellationToken),
        async () => View(await queries.NewIndicatorFormAsync(number, form, cancellationToken)),
        () => Task.FromResult(Done($"実施施策{number}に指標を追加しました。", MeasurePath(number))));

    [HttpGet("indicators/{code}")]
    public async Task<IActionResult> Indicator(string code, CancellationToken cancellationToken) =>
        await RefusalAsync(await queries.IndicatorAsync(code, cancellationToken))
        ?? View(await queries.IndicatorFormAsync(code, null, cancellationToken));

    [HttpPost("indicators/{code}")]
    public Task<IActionResult> Indicator(string code, IndicatorTextForm form, CancellationToken cancellationToken) => EditAsync(
        queries.IndicatorAsync(code, cancellationToken),
        () => texts.EditIndicatorAsync(Actor, code, form, cancellationToken),
        async () => View(await queries.IndicatorFormAsync(code, form, cancellationToken)),
        async () => Done("指標の文章を変更しました。", MeasurePath((await queries.IndicatorFormAsync(code, form, cancellationToken))!.MeasureNumber)));

    [HttpGet("projects/{code}")]
    public async Task<IActionResult> Project(string code, CancellationToken cancellationToken) =>
        await RefusalAsync(await queries.ProjectAsync(code, cancellationToken))
        ?? View(await queries.ProjectFormAsync(code, null, cancellationToken));

    [HttpPost("projects/{code}")]
    public Task<IActionResult> Project(string code, ProjectTextForm form, CancellationToken cancellationToken) => EditAsync(
        queries.ProjectAsync(code, cancellationToken),
        () => projects.EditAsync(Actor, code, form, cancellationToken),
        async () => View(await queries.ProjectFormAsync(code, form, cancellationToken)),
        async () => Done("事務事業を変更しました。変更の内容と理由は公開ページの実施施策に表示されます。", MeasurePath((await queries.ProjectFormAsync(code, form, cancellationToken))!.MeasureNumber)));

    [HttpGet("indicators/{code}/goal")]
    public async Task<IActionResult> Goal(string code, CancellationToken cancellationToken) =>
        await RefusalAsync(await queries.IndicatorAsync(code, cancellationToken))
        ?? View(await queries.GoalFormAsync(code, null, cancellationToken));

    [HttpPost("indicators/{code}/goal")]
    public Task<IActionResult> Goal(string code, IndicatorGoalForm form, CancellationToken cancellationToken) => EditAsync(
        queries.IndicatorAsync(code, cancellationToken),
        () => goals.ChangeAsync(Actor, code, form, cancellationToken),
        async () => View(await queries.GoalFormAsync(code, form, cancellationToken)),
        async () => Done("目標を変更しました。変更の内容と理由は公開ページの実施施策に表示されます。", MeasurePath((await queries.GoalFormAsync(code, form, cancellationToken))!.Indicator.MeasureNumber)));

    [HttpGet("indicators/{code}/remove")]
    public async Task<IActionResult> Remove(string code, CancellationToken cancellationToken) =>
        await RefusalAsync(await queries.IndicatorAsync(code, cancellationToken))
        ?? View(await queries.RemovalFormAsync(code, null, cancellationToken));

    [HttpPost("indicators/{code}/retire")]
    public Task<IActionResult> Retire(string code, IndicatorRemovalForm form, CancellationToken cancellationToken) =>
        RemoveAsync(code, form, lifecycle.RetireAsync, "指標を廃止しました。", cancellationToken);

    [HttpPost("indicators/{code}/delete")]
    public Task<IActionResult> Delete(string code, IndicatorRemovalForm form, CancellationToken cancellationToken) =>
        RemoveAsync(code, form, lifecycle.DeleteAsync, "指標を削除しました。", cancellationToken);

    private static string MeasurePath(int number) => $"/admin/plan/edit/measures/{number}";

    /// <summary>The measure is read before the change: a deleted indicator no longer says where it was.</summary>
    private async Task<IActionResult> RemoveAsync(
        string code,
        IndicatorRemovalForm form,
        Func<string, string, IndicatorRemovalForm, CancellationToken, Task<PlanEditResult>> change,
        string message,
        CancellationToken cancellationToken)
    {
        var measure = 0;
        return await EditAsync(
            queries.IndicatorAsync(code, cancellationToken),
            async () =>
            {
                measure = (await queries.RemovalFormAsync(code, null, cancellationToken))?.Indicator.MeasureNumber ?? 0;
                return await change(Actor, code, form, cancellationToken);
            },
            async () => View(nameof(Remove), await queries.RemovalFormAsync(code, form, cancellationToken)),
            () => Task.FromResult(Done(message, MeasurePath(measure))));
    }

    /// <summary>Every post: find (404), authorize (403), one service call, then redirect or redisplay (422).</summary>
    private async Task<IActionResult> EditAsync(Task<PlanItemResource?> find, Func<Task<PlanEditResult>> change, Func<Task<ViewResult>> redisplay, Func<Task<LocalRedirectResult>> done)
    {
        if (await RefusalAsync(await find) is { } refusal)
        {
            return refusal;
        }

        var result = await change();
        if (result.Succeeded)
        {
            return await done();
        }

        if (!result.Found)
        {
            return NotFound();
        }

        ModelState.ReplaceWith("", result.Errors);
        var view = await redisplay();
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }

    /// <summary>404 for an unknown item, 403 when the user may not edit it; null when the action may go on.</summary>
    private async Task<IActionResult?> RefusalAsync(PlanItemResource? resource)
    {
        if (resource is null)
        {
            return NotFound();
        }

        return (await authorization.AuthorizeAsync(User, resource, PlanOperations.Edit)).Succeeded ? null : Forbid();
    }

    private LocalRedirectResult Done(string message, string path)
    {
        TempData[Flash.Key] = message;
        return LocalRedirect(path);
    }
}
