using AsoPlan.Core.Plan;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

public sealed class PolicyQueries(AsoPlanDbContext db, RevisionNotesQuery revisionNotes)
{
    public async Task<IReadOnlyList<PolicyItem>> ListAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var policies = await db.Policies.AsNoTracking()
            .Where(p => p.PlanPeriodId == period.Id)
            .OrderBy(p => p.Number)
            .Select(p => new
            {
                p.Number,
                p.ShortName,
                p.Title,
                p.Subtitle,
                p.Kind,
                Challenge = p.Challenge == null ? null : new ChallengeLink(p.Challenge.Number, p.Challenge.Title, p.Challenge.Category),
                DepartmentName = p.Department == null ? null : p.Department.Name,
            })
            .ToListAsync(cancellationToken);
        var measures = await MeasuresAsync(period.Id, null, cancellationToken);
        return policies
            .Select(p => new PolicyItem(p.Number, p.ShortName, p.Title, p.Subtitle, p.Kind == PolicyKind.Priority, p.Challenge, p.DepartmentName, measures[p.Number].ToList()))
            .ToList();
    }

    /// <summary>The policy list with the period's own introduction (what 基本計画, 重点政策 and 基幹政策 mean).</summary>
    public async Task<PolicyIndexPage> IndexAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var introduction = await db.PlanPeriods.AsNoTracking()
            .Where(p => p.Id == period.Id)
            .Select(p => p.Introduction)
            .FirstOrDefaultAsync(cancellationToken);
        return new PolicyIndexPage(ValueFormat.Paragraphs(introduction), await ListAsync(period, cancellationToken));
    }

    /// <summary>Everything a policy of the period carries and its measures; null when the period has no such policy.</summary>
    public async Task<PolicyPage?> FindAsync(PortalPeriod period, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var policy = await db.Policies.AsNoTracking()
            .Where(p => p.PlanPeriodId == period.Id && p.Number == number)
            .Select(p => new
            {
                p.Id,
                p.Number,
                p.ShortName,
                p.Title,
                p.Subtitle,
                p.Kind,
                Challenge = p.Challenge == null ? null : new ChallengeLink(p.Challenge.Number, p.Challenge.Title, p.Challenge.Category),
                Department = p.Department == null ? null : new
                {
                    p.Department.Name,
                    p.Department.Mission,
                    Sections = p.Department.Sections.OrderBy(s => s.SortOrder).Select(s => new { s.Code, s.Name, s.Roles }).ToList(),
                },
                p.CurrentIssues,
                Sections = p.Sections.OrderBy(s => s.SortOrder).Select(s => new { s.Heading, s.Body }).ToList(),
                Plans = p.IndividualPlans.OrderBy(i => i.SortOrder).Select(i => new IndividualPlanItem(i.Name, i.SectionName, i.PeriodText)).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (policy is null)
        {
            return null;
        }

        var measures = await MeasuresAsync(period.Id, number, cancellationToken);
        return new PolicyPage(
            policy.Number,
            policy.ShortName,
            policy.Title,
            policy.Subtitle,
            policy.Kind == PolicyKind.Priority,
            policy.Challenge,
            policy.Department is null
                ? null
                : new DepartmentRoles(
                    policy.Department.Name,
                    policy.Department.Mission,
                    policy.Department.Sections.Select(s => new SectionRoles(s.Code, s.Name, ValueFormat.Lines(s.Roles))).ToList()),
            ValueFormat.Lines(policy.CurrentIssues),
            policy.Sections.Select(s => new TextBlock(s.Heading, ValueFormat.Paragraphs(s.Body))).ToList(),
            policy.Plans,
            measures[number].ToList(),
            await revisionNotes.ForPolicyAsync(policy.Id, cancellationToken));
    }

    private async Task<ILookup<int, MeasureItem>> MeasuresAsync(int periodId, int? policyNumber, CancellationToken cancellationToken)
    {
        var query = db.Measures.AsNoTracking().Where(m => m.Policy!.PlanPeriodId == periodId);
        if (policyNumber is { } n)
        {
            query = query.Where(m => m.Policy!.Number == n);
        }

        var policyOf = await query.Select(m => new { m.Number, PolicyNumber = m.Policy!.Number }).ToDictionaryAsync(m => m.Number, m => m.PolicyNumber, cancellationToken);
        var items = await query.OrderBy(m => m.Number).Select(MeasureProjections.Item).ToListAsync(cancellationToken);
        return items.ToLookup(m => policyOf[m.Number]);
    }
}
