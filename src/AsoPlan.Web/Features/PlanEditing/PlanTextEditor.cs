using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>Changes the wording of a policy, a measure or an indicator; audited and noted publicly in the same save.</summary>
public sealed class PlanTextEditor(AsoPlanDbContext db, PlanChangeLog log)
{
    public const string NothingChanged = "変更された項目がありません。内容を直してから保存してください。";

    private const int TitleLength = 300;
    private const int ProseLength = 20_000;

    public async Task<PlanEditResult> EditPolicyAsync(string actor, int number, PolicyTextForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var policy = await db.Policies.SingleOrDefaultAsync(p => p.Number == number && p.PlanPeriod!.IsCurrent, cancellationToken);
        if (policy is null)
        {
            return PlanEditResult.NotFound;
        }

        var input = new PlanTextInput();
        var title = input.Text(nameof(form.Title), form.Title, "政策の名称", TitleLength, required: true);
        var subtitle = input.Text(nameof(form.Subtitle), form.Subtitle, "副題", TitleLength);
        var issues = input.Lines(nameof(form.CurrentIssues), form.CurrentIssues, "現状と課題", ProseLength);
        var reason = input.Reason(form.Reason);
        if (input.Errors.Count > 0)
        {
            return PlanEditResult.Invalid(input.Errors);
        }

        var before = new { policy.Title, policy.Subtitle, policy.CurrentIssues };
        var changed = Changed(("名称", before.Title, title), ("副題", before.Subtitle, subtitle), ("現状と課題", before.CurrentIssues, issues));
        if (changed.Count == 0)
        {
            return PlanEditResult.Invalid("", NothingChanged);
        }

        policy.Title = title!;
        policy.Subtitle = subtitle;
        policy.CurrentIssues = issues;
        log.Record(
            new PlanChange("plan.policy.edit", "Policy", $"P{number}", policy.Id, null, null, reason),
            actor,
            before,
            new { policy.Title, policy.Subtitle, policy.CurrentIssues, Reason = reason },
            [new PlanChangeNote("政策の文章を変更", $"政策{number}「{policy.ShortName}」の{string.Join("・", changed)}")]);
        await db.SaveChangesAsync(cancellationToken);
        return PlanEditResult.Applied;
    }

    public async Task<PlanEditResult> EditMeasureAsync(string actor, int number, MeasureTextForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var measure = await db.Measures.SingleOrDefaultAsync(m => m.Number == number && m.Policy!.PlanPeriod!.IsCurrent, cancellationToken);
        if (measure is null)
        {
            return PlanEditResult.NotFound;
        }

        var input = new PlanTextInput();
        var title = input.Text(nameof(form.Title), form.Title, "施策の名称", TitleLength, required: true);
        var description = input.Paragraphs(nameof(form.Description), form.Description, "施策の概要", ProseLength, required: true);
        var reason = input.Reason(form.Reason);
        if (input.Errors.Count > 0)
        {
            return PlanEditResult.Invalid(input.Errors);
        }

        var before = new { measure.Title, measure.Description };
        var changed = Changed(("名称", before.Title, title), ("概要", before.Description, description));
        if (changed.Count == 0)
        {
            return PlanEditResult.Invalid("", NothingChanged);
        }

        measure.Title = title!;
        measure.Description = description;
        log.Record(
            new PlanChange("plan.measure.edit", "Measure", $"M{number}", measure.PolicyId, measure.Id, null, reason),
            actor,
            before,
            new { measure.Title, measure.Description, Reason = reason },
            [new PlanChangeNote("施策の文章を変更", $"施策の{string.Join("・", changed)}")]);
        await db.SaveChangesAsync(cancellationToken);
        return PlanEditResult.Applied;
    }

    public async Task<PlanEditResult> EditIndicatorAsync(string actor, string code, IndicatorTextForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var indicator = await db.Indicators.Include(i => i.Measure).SingleOrDefaultAsync(i => i.Code == code && i.Measure!.Policy!.PlanPeriod!.IsCurrent, cancellationToken);
        if (indicator is null)
        {
            return PlanEditResult.NotFound;
        }

        var input = new PlanTextInput();
        var name = input.Text(nameof(form.Name), form.Name, "指標の名称", TitleLength, required: true);
        var footnote = input.Text(nameof(form.Footnote), form.Footnote, "注記", 1000);
        var reason = input.Reason(form.Reason);
        if (input.Errors.Count > 0)
        {
            return PlanEditResult.Invalid(input.Errors);
        }

        var before = new { indicator.RowName, indicator.Name, indicator.Footnote };
        var changed = Changed(("名称", before.Name, name), ("注記", before.Footnote, footnote));
        if (changed.Count == 0)
        {
            return PlanEditResult.Invalid("", NothingChanged);
        }

        // A single-series row is named by its series; the two series of one row keep their shared row name.
        if (indicator.RowName == indicator.Name)
        {
            indicator.RowName = name!;
        }

        indicator.Name = name!;
        indicator.Footnote = footnote;
        log.Record(
            new PlanChange("plan.indicator.edit", "Indicator", code, indicator.Measure!.PolicyId, indicator.MeasureId, code, reason),
            actor,
            before,
            new { indicator.RowName, indicator.Name, indicator.Footnote, Reason = reason },
            [new PlanChangeNote("指標の文章を変更", $"「{before.Name}」の{string.Join("・", changed)}{(before.Name != name ? $"（新しい名称「{name}」）" : "")}")]);
        await db.SaveChangesAsync(cancellationToken);
        return PlanEditResult.Applied;
    }

    private static List<string> Changed(params (string Label, string? Before, string? After)[] fields) =>
        [.. fields.Where(f => (f.Before ?? "") != (f.After ?? "")).Select(f => f.Label)];
}
