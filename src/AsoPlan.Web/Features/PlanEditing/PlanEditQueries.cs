using AsoPlan.Core.Plan;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Data;
using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>The reads behind the plan editing pages: which period an item belongs to, and each form as stored.</summary>
public sealed class PlanEditQueries(AsoPlanDbContext db, AsoPlan.Web.Features.Portal.RevisionNotesQuery revisionNotes)
{
    public async Task<PlanItemResource?> PolicyAsync(int number, CancellationToken cancellationToken) =>
        await db.Policies.AsNoTracking().Where(p => p.Number == number && p.PlanPeriod!.IsCurrent)
            .Select(p => new PlanItemResource(p.PlanPeriodId, p.PlanPeriod!.IsCurrent)).FirstOrDefaultAsync(cancellationToken);

    public async Task<PlanItemResource?> MeasureAsync(int number, CancellationToken cancellationToken) =>
        await db.Measures.AsNoTracking().Where(m => m.Number == number && m.Policy!.PlanPeriod!.IsCurrent)
            .Select(m => new PlanItemResource(m.Policy!.PlanPeriodId, m.Policy.PlanPeriod!.IsCurrent)).FirstOrDefaultAsync(cancellationToken);

    public async Task<PlanItemResource?> IndicatorAsync(string code, CancellationToken cancellationToken) =>
        await db.Indicators.AsNoTracking().Where(i => i.Code == code && i.Measure!.Policy!.PlanPeriod!.IsCurrent)
            .Select(i => new PlanItemResource(i.Measure!.Policy!.PlanPeriodId, i.Measure.Policy.PlanPeriod!.IsCurrent)).FirstOrDefaultAsync(cancellationToken);

    public async Task<PlanItemResource?> ProjectAsync(string code, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().Where(p => p.Code == code && p.Measure!.Policy!.PlanPeriod!.IsCurrent)
            .Select(p => new PlanItemResource(p.Measure!.Policy!.PlanPeriodId, p.Measure.Policy.PlanPeriod!.IsCurrent)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A project's form as stored (or as posted), with its measure, initiative and the sections to choose from.</summary>
    public async Task<ProjectTextForm?> ProjectFormAsync(string code, ProjectTextForm? posted, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Code == code && p.Measure!.Policy!.PlanPeriod!.IsCurrent)
            .Select(p => new { p.Code, p.Name, Section = p.OwnerSection!.Code, p.BudgetCode, p.Measure!.Number, Initiative = p.Initiative!.Name, MeasureSection = p.Measure.OwnerSection!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (project is null)
        {
            return null;
        }

        var form = posted ?? new ProjectTextForm { Name = project.Name, Section = project.Section, BudgetCode = project.BudgetCode };
        form.Code = project.Code;
        form.MeasureNumber = project.Number;
        form.InitiativeName = project.Initiative;
        form.MeasureSectionName = project.MeasureSection;
        form.Sections = [.. (await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => new { s.Code, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Code, s.Name))];
        return form;
    }

    public async Task<PlanEditIndex> IndexAsync(CancellationToken cancellationToken)
    {
        var period = await db.PlanPeriods.AsNoTracking().Where(p => p.IsCurrent).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (period is null)
        {
            return new PlanEditIndex("", []);
        }

        var policies = await db.Policies.AsNoTracking()
            .Where(p => p.PlanPeriodId == period.Id)
            .OrderBy(p => p.Number)
            .Select(p => new PlanEditPolicy(
                p.Number,
                p.ShortName,
                p.Title,
                p.Measures.OrderBy(m => m.Number).Select(m => new PlanEditMeasure(m.Number, m.Title, m.Indicators.Count)).ToList()))
            .ToListAsync(cancellationToken);
        return new PlanEditIndex(period.Name, policies);
    }

    public async Task<PolicyTextForm?> PolicyFormAsync(int number, CancellationToken cancellationToken) =>
        await db.Policies.AsNoTracking().Where(p => p.Number == number && p.PlanPeriod!.IsCurrent)
            .Select(p => new PolicyTextForm { Number = p.Number, ShortName = p.ShortName, Title = p.Title, Subtitle = p.Subtitle, CurrentIssues = p.CurrentIssues })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The posted form with what the page shows beside it.</summary>
    public async Task<PolicyTextForm> RefillAsync(int number, PolicyTextForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Number = number;
        form.ShortName = (await PolicyFormAsync(number, cancellationToken))?.ShortName ?? "";
        return form;
    }

    public async Task<MeasureEditPage?> MeasurePageAsync(int number, MeasureTextForm? posted, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking().Where(m => m.Number == number && m.Policy!.PlanPeriod!.IsCurrent)
            .Select(m => new { m.Id, m.Number, m.Title, m.Description, PolicyNumber = m.Policy!.Number, m.Policy.ShortName })
            .FirstOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }

        var indicators = await db.Indicators.AsNoTracking().Include(i => i.YearTargets)
            .Where(i => i.MeasureId == measure.Id).OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .ToListAsync(cancellationToken);
        var notes = await revisionNotes.ForMeasureAsync(measure.Id, cancellationToken);
        var projects = await db.Projects.AsNoTracking().Where(p => p.MeasureId == measure.Id)
            .OrderBy(p => p.Initiative!.SortOrder).ThenBy(p => p.SortOrder)
            .Select(p => new PlanEditProject(p.Code, p.Name, p.Initiative!.Name, p.OwnerSection!.Name, p.BudgetCode))
            .ToListAsync(cancellationToken);
        var form = posted ?? new MeasureTextForm { Title = measure.Title, Description = measure.Description };
        form.Number = measure.Number;
        return new MeasureEditPage(
            form,
            $"政策{measure.PolicyNumber}「{measure.ShortName}」",
            [.. indicators.Select(i => new PlanEditIndicator(i.Code, i.Name, IndicatorFormats.Baseline(i), IndicatorFormats.Target(i), i.Direction.Japanese(), i.YearTargets.Count, i.RetiredFromFiscalYear))],
            notes)
        {
            Projects = projects,
        };
    }

    public async Task<IndicatorTextForm?> IndicatorFormAsync(string code, IndicatorTextForm? posted, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().Where(i => i.Code == code && i.Measure!.Policy!.PlanPeriod!.IsCurrent)
            .Select(i => new { i.Code, i.Name, i.Footnote, i.Measure!.Number })
            .FirstOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var form = posted ?? new IndicatorTextForm { Name = indicator.Name, Footnote = indicator.Footnote };
        form.Code = indicator.Code;
        form.MeasureNumber = indicator.Number;
        return form;
    }

    public async Task<IndicatorGoalForm?> GoalFormAsync(string code, IndicatorGoalForm? posted, CancellationToken cancellationToken)
    {
        var indicator = await LoadAsync(code, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var period = indicator.Measure!.Policy!.PlanPeriod!;
        var first = Math.Max(period.StartFiscalYear, (indicator.BaselineValue is null ? null : indicator.BaselineFiscalYear + 1) ?? period.StartFiscalYear);
        var years = Enumerable.Range(first, Math.Max(0, indicator.TargetFiscalYear - first)).ToList();
        var form = posted ?? new IndicatorGoalForm
        {
            TargetValue = TargetForForm(indicator),
            Direction = indicator.Direction.ToString(),
        };

        // One field per year, in order, keeping what was typed.
        form.YearTargets = [.. years.Select(year => new YearTargetField
        {
            FiscalYear = year,
            Value = posted is null
                ? indicator.YearTargets.Where(t => t.FiscalYear == year).Select(t => EntryFormat.FormNumber(t.Value, indicator.Decimals)).FirstOrDefault()
                : posted.YearTargets.FirstOrDefault(f => f.FiscalYear == year)?.Value,
        })];
        form.Indicator = Summary(indicator);
        return form;
    }

    public async Task<NewIndicatorForm?> NewIndicatorFormAsync(int measureNumber, NewIndicatorForm? posted, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking().Where(m => m.Number == measureNumber && m.Policy!.PlanPeriod!.IsCurrent)
            .Select(m => new { m.Number, m.Title, m.Policy!.PlanPeriod!.StartFiscalYear, m.Policy.PlanPeriod.EndFiscalYear })
            .FirstOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }

        var form = posted ?? new NewIndicatorForm { Decimals = "0", Direction = nameof(IndicatorDirection.Increase) };
        form.MeasureNumber = measure.Number;
        form.MeasureTitle = measure.Title;
        form.TargetFiscalYear = measure.EndFiscalYear;
        form.BaselineYears = [.. Enumerable.Range(measure.StartFiscalYear - 5, measure.EndFiscalYear - measure.StartFiscalYear + 5).Reverse()];
        return form;
    }

    public async Task<IndicatorRemovalForm?> RemovalFormAsync(string code, IndicatorRemovalForm? posted, CancellationToken cancellationToken)
    {
        var indicator = await LoadAsync(code, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var period = indicator.Measure!.Policy!.PlanPeriod!;
        var latest = await db.ActualValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id).MaxAsync(v => (int?)v.PdcaRecord!.FiscalYear, cancellationToken);
        var form = posted ?? new IndicatorRemovalForm();
        form.Indicator = Summary(indicator);
        form.HasEnteredActuals = !IndicatorLifecycle.CanDelete(latest is not null);
        form.LatestEnteredYear = latest;
        form.Years = [.. Enumerable.Range(period.StartFiscalYear, period.EndFiscalYear - period.StartFiscalYear + 1)];
        return form;
    }

    private Task<Indicator?> LoadAsync(string code, CancellationToken cancellationToken) =>
        db.Indicators.AsNoTracking()
            .Include(i => i.YearTargets)
            .Include(i => i.Measure!).ThenInclude(m => m.Policy!).ThenInclude(p => p.PlanPeriod)
            .FirstOrDefaultAsync(i => i.Code == code && i.Measure!.Policy!.PlanPeriod!.IsCurrent, cancellationToken);

    private static IndicatorSummary Summary(Indicator indicator) => new(
        indicator.Code,
        indicator.Name,
        indicator.Unit,
        indicator.Decimals,
        indicator.Measure!.Number,
        indicator.Measure.Title,
        IndicatorFormats.Baseline(indicator),
        IndicatorFormats.Target(indicator),
        indicator.TargetFiscalYear,
        indicator.RetiredFromFiscalYear);

    /// <summary>The target as the form shows it: the resolved number in the indicator's decimals.</summary>
    private static string? TargetForForm(Indicator indicator) =>
        Core.Progress.TargetResolver.Resolve(indicator) is { } target ? EntryFormat.FormNumber(target, indicator.Decimals) : null;
}
