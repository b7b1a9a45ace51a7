using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>Changes a project's (事務事業) name, running section or 予算事業コード; audited and noted publicly in the same save.</summary>
public sealed class ProjectEditor(AsoPlanDbContext db, PlanChangeLog log)
{
    private const int NameLength = 300;
    private const int BudgetCodeLength = 30;

    public async Task<PlanEditResult> EditAsync(string actor, string code, ProjectTextForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var project = await db.Projects.Include(p => p.Measure).Include(p => p.OwnerSection)
            .SingleOrDefaultAsync(p => p.Code == code && p.Measure!.Policy!.PlanPeriod!.IsCurrent, cancellationToken);
        if (project is null)
        {
            return PlanEditResult.NotFound;
        }

        var input = new PlanTextInput();
        var name = input.Text(nameof(form.Name), form.Name, "事務事業の名称", NameLength, required: true);
        var budgetCode = input.Text(nameof(form.BudgetCode), form.BudgetCode, "予算事業コード", BudgetCodeLength);
        var section = string.IsNullOrWhiteSpace(form.Section) ? null : await db.Sections.SingleOrDefaultAsync(s => s.Code == form.Section, cancellationToken);
        if (!string.IsNullOrWhiteSpace(form.Section) && section is null)
        {
            input.Add(nameof(form.Section), "担当課は一覧から選んでください。");
        }

        var reason = input.Reason(form.Reason);
        if (input.Errors.Count > 0)
        {
            return PlanEditResult.Invalid(input.Errors);
        }

        var before = new { project.Name, Section = project.OwnerSection?.Code, project.BudgetCode };
        var changed = Changed(("名称", before.Name, name), ("担当課", before.Section, section?.Code), ("予算事業コード", before.BudgetCode, budgetCode));
        if (changed.Count == 0)
        {
            return PlanEditResult.Invalid("", PlanTextEditor.NothingChanged);
        }

        project.Name = name!;
        project.OwnerSection = section;
        project.OwnerSectionId = section?.Id;
        project.BudgetCode = budgetCode;
        log.Record(
            new PlanChange("plan.project.edit", "Project", code, project.Measure!.PolicyId, project.MeasureId, null, reason),
            actor,
            before,
            new { project.Name, Section = section?.Code, project.BudgetCode, Reason = reason },
            [new PlanChangeNote("事務事業を変更", $"「{before.Name}」の{string.Join("・", changed)}{(before.Name != name ? $"（新しい名称「{name}」）" : "")}")]);
        await db.SaveChangesAsync(cancellationToken);
        return PlanEditResult.Applied;
    }

    private static List<string> Changed(params (string Label, string? Before, string? After)[] fields) =>
        [.. fields.Where(f => (f.Before ?? "") != (f.After ?? "")).Select(f => f.Label)];
}
