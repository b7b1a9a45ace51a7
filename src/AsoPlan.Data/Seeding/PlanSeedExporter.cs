using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Seeding;

/// <summary>
/// Writes the current plan period back in the seed format, so that importing the export into an
/// empty database and exporting again gives the same file (see docs/plan-administration.md).
/// </summary>
public sealed class PlanSeedExporter(AsoPlanDbContext db)
{
    /// <summary>The current period (or the newest one), or null when no plan is loaded.</summary>
    public async Task<PlanSeed?> ExportAsync(CancellationToken cancellationToken = default)
    {
        var period = await db.PlanPeriods.AsNoTracking()
            .OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.StartFiscalYear)
            .Include(p => p.Plan!).ThenInclude(p => p.Sections)
            .Include(p => p.Plan!).ThenInclude(p => p.Challenges)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (period is null)
        {
            return null;
        }

        var policies = await db.Policies.AsNoTracking()
            .Where(p => p.PlanPeriodId == period.Id)
            .Include(p => p.Challenge)
            .Include(p => p.Department)
            .Include(p => p.Sections)
            .Include(p => p.IndividualPlans)
            .Include(p => p.Measures).ThenInclude(m => m.OwnerSection)
            .Include(p => p.Measures).ThenInclude(m => m.SdgGoals)
            .Include(p => p.Measures).ThenInclude(m => m.Initiatives).ThenInclude(i => i.Projects).ThenInclude(p => p.OwnerSection)
            .Include(p => p.Measures).ThenInclude(m => m.Indicators).ThenInclude(i => i.YearTargets)
            .AsSplitQuery()
            .OrderBy(p => p.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var departments = await DepartmentsAsync(cancellationToken).ConfigureAwait(false);

        var plan = period.Plan!;
        return new PlanSeed(
            plan.Code,
            plan.Name,
            plan.ConceptStartFiscalYear,
            plan.ConceptEndFiscalYear,
            plan.Vision,
            Paragraphs(plan.VisionThoughts),
            plan.PhilosophyIntro,
            plan.Philosophy,
            new PriorityThemeSeed(plan.PriorityThemeTitle, plan.PriorityThemeCategory, Paragraphs(plan.PriorityThemeText)),
            [.. plan.Sections.OrderBy(s => s.SortOrder).Select(s => new TextSectionSeed(s.Key, s.Heading, Paragraphs(s.Body)))],
            [.. plan.Challenges.OrderBy(c => c.Number).Select(c => new ChallengeSeed(c.Number, c.Title, c.Category, Paragraphs(c.Body)))],
            departments,
            new PeriodSeed(
                period.Code,
                period.Name,
                period.StartFiscalYear,
                period.EndFiscalYear,
                period.BaselineFiscalYear,
                Paragraphs(period.Introduction),
                [.. policies.Select(ToSeed)]),
            plan.VisionLead,
            plan.PhilosophyClosing);
    }

    /// <summary>All departments with their sections, as the plan file lists them (shared by every period).</summary>
    public async Task<IReadOnlyList<DepartmentSeed>> DepartmentsAsync(CancellationToken cancellationToken = default)
    {
        var departments = await db.Departments.AsNoTracking()
            .Include(d => d.Sections)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. departments
            .OrderBy(d => d.Sections.Count == 0 ? int.MaxValue : d.Sections.Min(s => s.SortOrder)).ThenBy(d => d.Id)
            .Select(d => new DepartmentSeed(d.Code, d.Name, d.Mission, [.. d.Sections.OrderBy(s => s.SortOrder).Select(s => new SectionSeed(s.Code, s.Name, Lines(s.Roles)))]))];
    }

    private static PolicySeed ToSeed(Policy policy) => new(
        policy.Number,
        policy.ShortName,
        policy.Title,
        policy.Subtitle,
        policy.Kind,
        policy.Challenge?.Number,
        policy.Department?.Code,
        Lines(policy.CurrentIssues),
        [.. policy.Sections.OrderBy(s => s.SortOrder).Select(s => new TextSectionSeed(null, s.Heading, Paragraphs(s.Body)))],
        [.. policy.IndividualPlans.OrderBy(p => p.SortOrder).Select(p => new IndividualPlanSeed(p.Name, p.SectionName, p.PeriodText))],
        [.. policy.Measures.OrderBy(m => m.Number).Select(ToSeed)]);

    private static MeasureSeed ToSeed(Measure measure) => new(
        measure.Number,
        measure.Title,
        measure.OwnerSection!.Code,
        measure.OwnerLabel,
        Paragraphs(measure.Description),
        [.. measure.SdgGoals.OrderBy(g => g.Id).Select(g => new SdgGoalSeed(g.Goal, g.Label, Split(g.Targets, " ")))],
        [.. measure.Initiatives.Where(i => i.Kind == InitiativeKind.KeyAction).OrderBy(i => i.SortOrder).Select(i => i.Name)],
        [.. measure.Initiatives.Where(i => i.Kind == InitiativeKind.MainInitiative).OrderBy(i => i.SortOrder)
            .Select(i => new InitiativeSeed(i.Name, i.Content ?? string.Empty, i.Effect ?? string.Empty, [.. i.Projects.OrderBy(p => p.SortOrder).Select(ToSeed)]))],
        [.. measure.Indicators.OrderBy(i => i.SortOrder).Select(ToSeed)]);

    private static ProjectSeed ToSeed(Project project) => new(project.Code, project.Name, project.OwnerSection?.Code, project.BudgetCode);

    private static IndicatorSeed ToSeed(Indicator indicator) => new(
        indicator.Code,
        indicator.RowName,
        indicator.Name,
        indicator.Unit,
        indicator.Decimals,
        new BaselineSeed(indicator.BaselineFiscalYear, indicator.BaselineValue, indicator.BaselineText, indicator.BaselineNote),
        new TargetSeed(indicator.TargetFiscalYear, indicator.TargetValue, indicator.TargetRelativePercent, indicator.TargetText),
        indicator.Direction,
        indicator.DirectionReason,
        indicator.Footnote,
        indicator.YearTargets.Count == 0 ? null : [.. indicator.YearTargets.OrderBy(t => t.FiscalYear).Select(t => new YearTargetSeed(t.FiscalYear, t.Value))]);

    // The importer joins paragraphs with a blank line and list items with a newline; this undoes it.
    private static List<string> Paragraphs(string? text) => Split(text, "\n\n");

    private static List<string> Lines(string? text) => Split(text, "\n");

    private static List<string> Split(string? text, string separator) =>
        string.IsNullOrEmpty(text) ? [] : [.. text.Split(separator)];
}
