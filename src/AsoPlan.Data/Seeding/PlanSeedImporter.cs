using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AsoPlan.Data.Seeding;

/// <summary>
/// Upserts the whole plan from a <see cref="PlanSeed"/> by natural key (plan/period/department/section
/// code, challenge/policy number, measure number and indicator code within the period) in one transaction. It never touches entered
/// data (PDCA records, actual values, accounts) and never deletes a keyed plan row, since entered data may
/// point at it; only the unkeyed lists under a row (passages, individual plans, SDG goals, initiatives)
/// are replaced to match the seed.
/// </summary>
public sealed partial class PlanSeedImporter(AsoPlanDbContext db, ILogger<PlanSeedImporter>? logger = null)
{
    private const string ParagraphSeparator = "\n\n";
    private const string LineSeparator = "\n";

    private readonly ILogger logger = logger ?? NullLogger<PlanSeedImporter>.Instance;

    public Task<SeedImportSummary> ImportAsync(PlanSeed seed, CancellationToken cancellationToken = default) =>
        ImportAsync(seed, beforeSave: null, cancellationToken);

    /// <summary>
    /// As <see cref="ImportAsync(PlanSeed, CancellationToken)"/>; <paramref name="beforeSave"/> may add rows
    /// (an audit entry) that must commit with the plan or not at all.
    /// </summary>
    public async Task<SeedImportSummary> ImportAsync(PlanSeed seed, Action<SeedImportSummary>? beforeSave, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var strategy = db.Database.CreateExecutionStrategy();
        var summary = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ApplyAsync(seed, ct).ConfigureAwait(false);
                var result = Summarise();
                beforeSave?.Invoke(result);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return result;
            }
        }, cancellationToken).ConfigureAwait(false);

        LogImported(logger, seed.Code, summary.Added, summary.Updated, summary.Deleted);
        return summary;
    }

    private async Task ApplyAsync(PlanSeed seed, CancellationToken ct)
    {
        var plan = await UpsertPlanAsync(seed, ct).ConfigureAwait(false);
        var challenges = UpsertChallenges(plan, seed.Challenges);
        var (departments, sections) = await UpsertDepartmentsAsync(seed.Departments, ct).ConfigureAwait(false);
        var period = await UpsertPeriodAsync(plan, seed.Period, ct).ConfigureAwait(false);
        var measures = await UpsertPoliciesAsync(period, seed.Period.Policies, challenges, departments, sections, ct).ConfigureAwait(false);
        await UpsertIndicatorsAsync(period, seed.Period.Policies.SelectMany(p => p.Measures), measures, ct).ConfigureAwait(false);
    }

    private async Task<Plan> UpsertPlanAsync(PlanSeed seed, CancellationToken ct)
    {
        var plan = await db.Plans
            .Include(p => p.Sections)
            .Include(p => p.Challenges)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == seed.Code, ct).ConfigureAwait(false);
        if (plan is null)
        {
            plan = new Plan
            {
                Code = seed.Code,
                Name = seed.Name,
                Vision = seed.Vision,
                VisionThoughts = string.Empty,
                PhilosophyIntro = seed.PhilosophyIntro,
                Philosophy = seed.Philosophy,
                PriorityThemeTitle = seed.PriorityTheme.Title,
                PriorityThemeCategory = seed.PriorityTheme.Category,
                PriorityThemeText = string.Empty,
            };
            db.Plans.Add(plan);
        }

        plan.Name = seed.Name;
        plan.ConceptStartFiscalYear = seed.ConceptStartFiscalYear;
        plan.ConceptEndFiscalYear = seed.ConceptEndFiscalYear;
        plan.VisionLead = seed.VisionLead;
        plan.Vision = seed.Vision;
        plan.VisionThoughts = Paragraphs(seed.VisionThoughts);
        plan.PhilosophyIntro = seed.PhilosophyIntro;
        plan.Philosophy = seed.Philosophy;
        plan.PhilosophyClosing = seed.PhilosophyClosing;
        plan.PriorityThemeTitle = seed.PriorityTheme.Title;
        plan.PriorityThemeCategory = seed.PriorityTheme.Category;
        plan.PriorityThemeText = Paragraphs(seed.PriorityTheme.Paragraphs);

        UpsertPlanSections(plan, seed.Sections);
        return plan;
    }

    /// <summary>The plan-level sections by key, in the file's order; a section no longer in the file is removed.</summary>
    private void UpsertPlanSections(Plan plan, IReadOnlyList<TextSectionSeed> seeds)
    {
        var byKey = plan.Sections.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sectionSeed, index) in seeds.Select((s, i) => (s, i)))
        {
            var key = sectionSeed.Key ?? throw new InvalidDataException($"Plan section \"{sectionSeed.Heading}\" has no key; plan-level sections need one.");
            if (!keys.Add(key))
            {
                throw new InvalidDataException($"Plan section key \"{key}\" appears twice.");
            }

            if (!byKey.TryGetValue(key, out var section))
            {
                section = new PlanSection { Key = key, Heading = sectionSeed.Heading, Body = string.Empty };
                plan.Sections.Add(section);
            }

            section.SortOrder = index + 1;
            section.Heading = sectionSeed.Heading;
            section.Body = Paragraphs(sectionSeed.Paragraphs);
        }

        foreach (var stale in plan.Sections.Where(s => !keys.Contains(s.Key)).ToList())
        {
            db.PlanSections.Remove(stale);
        }
    }

    private static Dictionary<int, Challenge> UpsertChallenges(Plan plan, IReadOnlyList<ChallengeSeed> seeds)
    {
        var byNumber = plan.Challenges.ToDictionary(c => c.Number);
        foreach (var seed in seeds)
        {
            if (!byNumber.TryGetValue(seed.Number, out var challenge))
            {
                challenge = new Challenge { Number = seed.Number, Title = seed.Title, Category = seed.Category, Body = string.Empty };
                plan.Challenges.Add(challenge);
                byNumber.Add(seed.Number, challenge);
            }

            challenge.Title = seed.Title;
            challenge.Category = seed.Category;
            challenge.Body = Paragraphs(seed.Paragraphs);
        }

        return byNumber;
    }

    private async Task<(Dictionary<string, Department> Departments, Dictionary<string, Section> Sections)> UpsertDepartmentsAsync(
        IReadOnlyList<DepartmentSeed> seeds, CancellationToken ct)
    {
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var sections = await db.Sections.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var seenSections = new HashSet<string>(StringComparer.Ordinal);
        var sortOrder = 0;
        foreach (var seed in seeds)
        {
            if (!departments.TryGetValue(seed.Code, out var department))
            {
                department = new Department { Code = seed.Code, Name = seed.Name, Mission = seed.Mission };
                db.Departments.Add(department);
                departments.Add(seed.Code, department);
            }

            department.Name = seed.Name;
            department.Mission = seed.Mission;

            foreach (var sectionSeed in seed.Sections)
            {
                if (!seenSections.Add(sectionSeed.Code))
                {
                    throw new InvalidDataException($"Section code \"{sectionSeed.Code}\" appears twice.");
                }

                if (!sections.TryGetValue(sectionSeed.Code, out var section))
                {
                    section = new Section { Code = sectionSeed.Code, Name = sectionSeed.Name, Roles = string.Empty };
                    db.Sections.Add(section);
                    sections.Add(sectionSeed.Code, section);
                }

                section.Name = sectionSeed.Name;
                section.Department = department;
                section.SortOrder = ++sortOrder;
                section.Roles = Lines(sectionSeed.Roles);
            }
        }

        return (departments, sections);
    }

    private async Task<PlanPeriod> UpsertPeriodAsync(Plan plan, PeriodSeed seed, CancellationToken ct)
    {
        var periods = await db.PlanPeriods.ToListAsync(ct).ConfigureAwait(false);
        var period = periods.SingleOrDefault(p => p.Code == seed.Code);
        if (period is null)
        {
            period = new PlanPeriod { Code = seed.Code, Name = seed.Name, Introduction = string.Empty };
            plan.Periods.Add(period);
        }

        period.Plan = plan;
        period.Name = seed.Name;
        period.StartFiscalYear = seed.StartFiscalYear;
        period.EndFiscalYear = seed.EndFiscalYear;
        period.BaselineFiscalYear = seed.BaselineFiscalYear;
        period.Introduction = Paragraphs(seed.Introduction);

        // A newly loaded period becomes the one the portal shows; re-importing an older period's seed
        // at startup must not take that back from it.
        if (period.Id == 0 || !periods.Any(p => p.IsCurrent))
        {
            foreach (var other in periods)
            {
                other.IsCurrent = false;
            }

            period.IsCurrent = true;
        }

        return period;
    }

    private async Task<Dictionary<int, Measure>> UpsertPoliciesAsync(
        PlanPeriod period,
        IReadOnlyList<PolicySeed> seeds,
        Dictionary<int, Challenge> challenges,
        Dictionary<string, Department> departments,
        Dictionary<string, Section> sections,
        CancellationToken ct)
    {
        var policies = await db.Policies
            .Where(p => p.PlanPeriod!.Code == period.Code)
            .Include(p => p.Sections)
            .Include(p => p.IndividualPlans)
            .AsSplitQuery()
            .ToDictionaryAsync(p => p.Number, ct).ConfigureAwait(false);
        // Measure numbers restart in each period: only this period's measures are matched.
        var measures = await db.Measures
            .Where(m => m.Policy!.PlanPeriod!.Code == period.Code)
            .Include(m => m.SdgGoals)
            .Include(m => m.Initiatives).ThenInclude(i => i.Projects)
            .AsSplitQuery()
            .ToDictionaryAsync(m => m.Number, ct).ConfigureAwait(false);
        var seenMeasures = new HashSet<int>();

        foreach (var seed in seeds)
        {
            if (!policies.TryGetValue(seed.Number, out var policy))
            {
                policy = new Policy { Number = seed.Number, ShortName = seed.ShortName, Title = seed.Title, CurrentIssues = string.Empty };
                period.Policies.Add(policy);
                policies.Add(seed.Number, policy);
            }

            policy.PlanPeriod = period;
            policy.ShortName = seed.ShortName;
            policy.Title = seed.Title;
            policy.Subtitle = seed.Subtitle;
            policy.Kind = seed.Kind;
            policy.Challenge = seed.Challenge is int number
                ? challenges.GetValueOrDefault(number) ?? throw new InvalidDataException($"Policy {seed.Number} names challenge {number}, which the plan does not have.")
                : null;
            policy.Department = seed.Department is string code
                ? departments.GetValueOrDefault(code) ?? throw new InvalidDataException($"Policy {seed.Number} names department \"{code}\", which the plan does not have.")
                : null;
            policy.CurrentIssues = Lines(seed.CurrentIssues);
            SyncPolicySections(policy, seed.Sections);
            SyncIndividualPlans(policy, seed.IndividualPlans);

            foreach (var measureSeed in seed.Measures)
            {
                if (!seenMeasures.Add(measureSeed.Number))
                {
                    throw new InvalidDataException($"Measure {measureSeed.Number} appears twice.");
                }

                UpsertMeasure(policy, measureSeed, measures, sections);
            }
        }

        return measures;
    }

    /// <summary>One measure of a policy, matched by number within the period (created when new).</summary>
    private void UpsertMeasure(Policy policy, MeasureSeed measureSeed, Dictionary<int, Measure> measures, Dictionary<string, Section> sections)
    {
        if (!measures.TryGetValue(measureSeed.Number, out var measure))
        {
            measure = new Measure { Number = measureSeed.Number, Title = measureSeed.Title, OwnerLabel = measureSeed.OwnerLabel, Description = string.Empty };
            db.Measures.Add(measure);
            measures.Add(measureSeed.Number, measure);
        }

        measure.Policy = policy;
        measure.OwnerSection = sections.GetValueOrDefault(measureSeed.OwnerSection)
            ?? throw new InvalidDataException($"Measure {measureSeed.Number} is owned by section \"{measureSeed.OwnerSection}\", which no department lists.");
        measure.Title = measureSeed.Title;
        measure.OwnerLabel = measureSeed.OwnerLabel;
        measure.Description = Paragraphs(measureSeed.Description);
        SyncSdgGoals(measure, measureSeed.SdgGoals);
        SyncInitiatives(measure, measureSeed, sections);
    }

    private void SyncPolicySections(Policy policy, IReadOnlyList<TextSectionSeed> seeds)
    {
        var bySort = policy.Sections.ToDictionary(s => s.SortOrder);
        foreach (var (seed, index) in seeds.Select((s, i) => (s, i + 1)))
        {
            if (!bySort.TryGetValue(index, out var section))
            {
                section = new PolicySection { SortOrder = index, Heading = seed.Heading, Body = string.Empty };
                policy.Sections.Add(section);
            }

            section.Heading = seed.Heading;
            section.Body = Paragraphs(seed.Paragraphs);
        }

        db.PolicySections.RemoveRange(policy.Sections.Where(s => s.SortOrder > seeds.Count).ToList());
    }

    private void SyncIndividualPlans(Policy policy, IReadOnlyList<IndividualPlanSeed> seeds)
    {
        var bySort = policy.IndividualPlans.ToDictionary(p => p.SortOrder);
        foreach (var (seed, index) in seeds.Select((s, i) => (s, i + 1)))
        {
            if (!bySort.TryGetValue(index, out var individualPlan))
            {
                individualPlan = new IndividualPlan { SortOrder = index, Name = seed.Name, SectionName = seed.Section, PeriodText = seed.Period };
                policy.IndividualPlans.Add(individualPlan);
            }

            individualPlan.Name = seed.Name;
            individualPlan.SectionName = seed.Section;
            individualPlan.PeriodText = seed.Period;
        }

        db.IndividualPlans.RemoveRange(policy.IndividualPlans.Where(p => p.SortOrder > seeds.Count).ToList());
    }

    private void SyncSdgGoals(Measure measure, IReadOnlyList<SdgGoalSeed> seeds)
    {
        var byGoal = measure.SdgGoals.ToDictionary(g => g.Goal);
        foreach (var seed in seeds)
        {
            if (!byGoal.TryGetValue(seed.Goal, out var goal))
            {
                goal = new MeasureSdgGoal { Goal = seed.Goal, Label = seed.Label, Targets = string.Empty };
                measure.SdgGoals.Add(goal);
                byGoal.Add(seed.Goal, goal);
            }

            goal.Label = seed.Label;
            goal.Targets = string.Join(' ', seed.Targets);
        }

        var goals = seeds.Select(s => s.Goal).ToHashSet();
        db.MeasureSdgGoals.RemoveRange(measure.SdgGoals.Where(g => !goals.Contains(g.Goal)).ToList());
    }

    private void SyncInitiatives(Measure measure, MeasureSeed seed, Dictionary<string, Section> sections)
    {
        var rows = seed.KeyActions
            .Select((text, i) => (Kind: InitiativeKind.KeyAction, SortOrder: i + 1, Name: text, Content: (string?)null, Effect: (string?)null, Projects: (IReadOnlyList<ProjectSeed>)[]))
            .Concat(seed.Initiatives.Select((row, i) => (Kind: InitiativeKind.MainInitiative, SortOrder: i + 1, row.Name, Content: (string?)row.Content, Effect: (string?)row.Effect, row.Projects)))
            .ToList();
        var projects = measure.Initiatives.SelectMany(i => i.Projects).ToDictionary(p => p.Code, StringComparer.Ordinal);
        var existing = measure.Initiatives.ToDictionary(i => (i.Kind, i.SortOrder));
        foreach (var row in rows)
        {
            if (!existing.Remove((row.Kind, row.SortOrder), out var initiative))
            {
                initiative = new Initiative { Kind = row.Kind, SortOrder = row.SortOrder, Name = row.Name };
                measure.Initiatives.Add(initiative);
            }

            initiative.Name = row.Name;
            initiative.Content = row.Content;
            initiative.Effect = row.Effect;
            initiative.LegacyProjects = null;
            SyncProjects(measure, initiative, row.Projects, projects, sections);
        }

        // Projects left out of the file go (the loader refuses a file that drops one with entered years); then the rows they hung on.
        db.Projects.RemoveRange(projects.Values);
        db.ChangeTracker.DetectChanges();
        db.Initiatives.RemoveRange(existing.Values);
    }

    /// <summary>An initiative's projects matched by code within the measure, so a moved or renamed project keeps its entered years.</summary>
    private static void SyncProjects(Measure measure, Initiative initiative, IReadOnlyList<ProjectSeed> seeds, Dictionary<string, Project> unmatched, Dictionary<string, Section> sections)
    {
        foreach (var (seed, index) in seeds.Select((s, i) => (s, i + 1)))
        {
            if (!unmatched.Remove(seed.Code, out var project))
            {
                project = new Project { Code = seed.Code, Name = seed.Name, Measure = measure };
            }

            if (project.Initiative != initiative)
            {
                project.Initiative?.Projects.Remove(project);
                initiative.Projects.Add(project);
                project.Initiative = initiative;
            }

            project.SortOrder = index;
            project.Name = seed.Name;
            if (seed.Section is { } code)
            {
                project.OwnerSection = sections.GetValueOrDefault(code) ?? throw new InvalidDataException($"Project {seed.Code} is run by section \"{code}\", which no department lists.");
            }
            else
            {
                project.OwnerSection = null;
                project.OwnerSectionId = null;
            }

            project.BudgetCode = seed.BudgetCode;
        }
    }

    private async Task UpsertIndicatorsAsync(PlanPeriod period, IEnumerable<MeasureSeed> measureSeeds, Dictionary<int, Measure> measures, CancellationToken ct)
    {
        // Codes carry the measure number, so they repeat from period to period: only this period's are matched.
        var indicators = await db.Indicators
            .Where(i => i.Measure!.Policy!.PlanPeriod!.Code == period.Code)
            .Include(i => i.YearTargets)
            .ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var measureSeed in measureSeeds)
        {
            foreach (var (seed, index) in measureSeed.Indicators.Select((s, i) => (s, i + 1)))
            {
                if (!seen.Add(seed.Code))
                {
                    throw new InvalidDataException($"Indicator code \"{seed.Code}\" appears twice.");
                }

                if (!indicators.TryGetValue(seed.Code, out var indicator))
                {
                    indicator = new Indicator
                    {
                        Code = seed.Code,
                        RowName = seed.RowName,
                        Name = seed.Name,
                        Unit = seed.Unit,
                        BaselineText = seed.Baseline.Text,
                        TargetText = seed.Target.Text,
                    };
                    db.Indicators.Add(indicator);
                }

                indicator.Measure = measures[measureSeed.Number];
                indicator.SortOrder = index;
                indicator.RowName = seed.RowName;
                indicator.Name = seed.Name;
                indicator.Unit = seed.Unit;
                indicator.Decimals = seed.Decimals;
                indicator.BaselineFiscalYear = seed.Baseline.FiscalYear;
                indicator.BaselineValue = seed.Baseline.Value;
                indicator.BaselineText = seed.Baseline.Text;
                indicator.BaselineNote = seed.Baseline.Note;
                indicator.TargetFiscalYear = seed.Target.FiscalYear;
                indicator.TargetValue = seed.Target.Value;
                indicator.TargetRelativePercent = seed.Target.RelativePercent;
                indicator.TargetText = seed.Target.Text;
                indicator.Direction = seed.Direction;
                indicator.DirectionReason = seed.DirectionReason;
                indicator.Footnote = seed.Footnote;
                SetYearTargets(indicator, seed.YearTargets);
            }
        }

        var stale = indicators.Keys.Where(code => !seen.Contains(code)).ToList();
        if (stale.Count > 0)
        {
            LogStaleIndicators(logger, string.Join(", ", stale));
        }
    }

    /// <summary>A file that leaves the per-year targets out keeps the stored ones; a list replaces them year by year.</summary>
    private void SetYearTargets(Indicator indicator, IReadOnlyList<YearTargetSeed>? targets)
    {
        if (targets is null)
        {
            return;
        }

        foreach (var stale in indicator.YearTargets.Where(t => !targets.Any(s => s.FiscalYear == t.FiscalYear)).ToList())
        {
            indicator.YearTargets.Remove(stale);
            db.IndicatorYearTargets.Remove(stale);
        }

        foreach (var target in targets)
        {
            if (indicator.YearTargets.FirstOrDefault(t => t.FiscalYear == target.FiscalYear) is { } stored)
            {
                stored.Value = target.Value;
            }
            else
            {
                indicator.YearTargets.Add(new IndicatorYearTarget { FiscalYear = target.FiscalYear, Value = target.Value });
            }
        }
    }

    private SeedImportSummary Summarise()
    {
        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries().ToList();
        return new SeedImportSummary(
            entries.Count(e => e.State == EntityState.Added),
            entries.Count(e => e.State == EntityState.Modified),
            entries.Count(e => e.State == EntityState.Deleted));
    }

    private static string Paragraphs(IEnumerable<string> paragraphs) => string.Join(ParagraphSeparator, paragraphs);

    private static string Lines(IEnumerable<string> lines) => string.Join(LineSeparator, lines);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan seed {PlanCode} imported: {Added} added, {Updated} updated, {Deleted} removed")]
    private static partial void LogImported(ILogger logger, string planCode, int added, int updated, int deleted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indicators no longer in the seed were kept because entered data may refer to them: {Codes}")]
    private static partial void LogStaleIndicators(ILogger logger, string codes);
}
