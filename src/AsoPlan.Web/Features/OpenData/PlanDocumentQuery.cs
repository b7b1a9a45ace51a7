using AsoPlan.Core.Plan;
using AsoPlan.Data;
using AsoPlan.Web.Features.Portal;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>
/// plan.json: the whole plan in the shape of seeds/plan.json (so one schema describes both), plus each
/// indicator's resolved target and its approved actuals. Read-only snapshots of small tables.
/// </summary>
public sealed class PlanDocumentQuery(AsoPlanDbContext db, ApprovedActuals approved, IndicatorRows rows)
{
    /// <summary>The plan with one of its periods.</summary>
    public async Task<object?> LoadAsync(PortalPeriod portalPeriod, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portalPeriod);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == portalPeriod.PlanId, cancellationToken);
        var period = await db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == portalPeriod.Id, cancellationToken);
        if (plan is null || period is null)
        {
            return null;
        }

        var planSections = await db.PlanSections.AsNoTracking().Where(s => s.PlanId == plan.Id).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var challenges = await db.Challenges.AsNoTracking().Where(c => c.PlanId == plan.Id).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Include(d => d.Sections).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var policies = await db.Policies.AsNoTracking()
            .Where(p => p.PlanPeriodId == period.Id)
            .Include(p => p.Challenge).Include(p => p.Department).Include(p => p.Sections).Include(p => p.IndividualPlans)
            .OrderBy(p => p.Number).AsSplitQuery().ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == period.Id)
            .Include(m => m.OwnerSection).Include(m => m.SdgGoals).Include(m => m.Initiatives).ThenInclude(i => i.Projects).Include(m => m.Indicators)
            .OrderBy(m => m.Number).AsSplitQuery().ToListAsync(cancellationToken);
        var actuals = await approved.ByIndicatorAsync(null, cancellationToken);

        return new
        {
            plan.Code,
            plan.Name,
            plan.ConceptStartFiscalYear,
            plan.ConceptEndFiscalYear,
            plan.VisionLead,
            plan.Vision,
            VisionThoughts = ValueFormat.Paragraphs(plan.VisionThoughts),
            plan.PhilosophyIntro,
            plan.Philosophy,
            plan.PhilosophyClosing,
            PriorityTheme = new { Title = plan.PriorityThemeTitle, Category = plan.PriorityThemeCategory, Paragraphs = ValueFormat.Paragraphs(plan.PriorityThemeText) },
            Sections = planSections.Select(s => new { s.Key, s.Heading, Paragraphs = ValueFormat.Paragraphs(s.Body) }),
            Challenges = challenges.Select(c => new { c.Number, c.Title, c.Category, Paragraphs = ValueFormat.Paragraphs(c.Body) }),
            Departments = departments.Select(d => new
            {
                d.Code,
                d.Name,
                d.Mission,
                Sections = d.Sections.OrderBy(s => s.SortOrder).Select(s => new { s.Code, s.Name, Roles = ValueFormat.Lines(s.Roles) }),
            }),
            Period = Period(period, policies, measures, actuals, portalPeriod.Years),
        };
    }

    /// <summary>The period with its policies and their measures, in the plan file's shape.</summary>
    private object Period(PlanPeriod period, List<Policy> policies, List<Measure> measures, ILookup<int, PublishedEntry> actuals, IReadOnlyList<int> years) => new
    {
        period.Code,
        period.Name,
        period.StartFiscalYear,
        period.EndFiscalYear,
        period.BaselineFiscalYear,
        Introduction = ValueFormat.Paragraphs(period.Introduction),
        Policies = policies.Where(p => p.PlanPeriodId == period.Id).Select(p => new
        {
            p.Number,
            p.ShortName,
            p.Title,
            p.Subtitle,
            Kind = p.Kind.ToString(),
            Challenge = p.Challenge?.Number,
            Department = p.Department?.Code,
            CurrentIssues = ValueFormat.Lines(p.CurrentIssues),
            Sections = p.Sections.OrderBy(s => s.SortOrder).Select(s => new { s.Heading, Paragraphs = ValueFormat.Paragraphs(s.Body) }),
            IndividualPlans = p.IndividualPlans.OrderBy(i => i.SortOrder).Select(i => new { i.Name, Section = i.SectionName, Period = i.PeriodText }),
            Measures = measures.Where(m => m.PolicyId == p.Id).Select(m => Measure(m, actuals, years)),
        }),
    };

    private object Measure(Measure m, ILookup<int, PublishedEntry> actuals, IReadOnlyList<int> years) => new
    {
        m.Number,
        m.Title,
        OwnerSection = m.OwnerSection?.Code,
        m.OwnerLabel,
        Description = ValueFormat.Paragraphs(m.Description),
        SdgGoals = m.SdgGoals.OrderBy(g => g.Goal).Select(g => new { g.Goal, g.Label, Targets = g.Targets.Split(' ', StringSplitOptions.RemoveEmptyEntries) }),
        KeyActions = m.Initiatives.Where(i => i.Kind == InitiativeKind.KeyAction).OrderBy(i => i.SortOrder).Select(i => i.Name),
        Initiatives = m.Initiatives.Where(i => i.Kind == InitiativeKind.MainInitiative).OrderBy(i => i.SortOrder)
            .Select(i => new { i.Name, i.Content, i.Effect, Projects = i.Projects.OrderBy(p => p.SortOrder).Select(p => p.Name) }),
        Indicators = m.Indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Code, StringComparer.Ordinal).Select(i =>
        {
            var row = rows.Build(i, actuals[i.Id], years);
            return new
            {
                row.Code,
                row.RowName,
                row.Name,
                row.Unit,
                row.Decimals,
                Direction = row.Direction.ToString(),
                DirectionLabel = row.Direction.Japanese(),
                row.DirectionReason,
                Baseline = new { FiscalYear = row.BaselineFiscalYear, Value = row.BaselineValue, Text = row.BaselineText, Note = row.BaselineNote },
                Target = new { FiscalYear = row.TargetFiscalYear, Value = row.TargetValue, RelativePercent = row.TargetRelativePercent, Text = row.TargetText },
                row.Footnote,
                ApprovedActuals = row.Actuals.Where(a => a.Published).Select(a => new { a.FiscalYear, a.Value, Status = a.StatusLabel }),
            };
        }),
    };
}
