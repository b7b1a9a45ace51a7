using AsoPlan.Core.Plan;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

public sealed class HomeQuery(AsoPlanDbContext db)
{
    /// <summary>The basic concept and the plan tree of one period; null when its plan is gone.</summary>
    public async Task<HomePage?> LoadAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.Id == period.PlanId)
            .Select(p => new
            {
                p.Name,
                p.VisionLead,
                p.Vision,
                p.VisionThoughts,
                p.PhilosophyIntro,
                p.Philosophy,
                p.PhilosophyClosing,
                p.PriorityThemeTitle,
                p.PriorityThemeCategory,
                p.PriorityThemeText,
                Challenges = p.Challenges.OrderBy(c => c.Number).Select(c => new { c.Number, c.Title, c.Category, c.Body }).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var policies = await PolicyTreeAsync(period.Id, cancellationToken);
        return new HomePage(
            plan.Name,
            plan.VisionLead,
            plan.Vision,
            ValueFormat.Paragraphs(plan.VisionThoughts),
            plan.PhilosophyIntro,
            plan.Philosophy,
            plan.PhilosophyClosing,
            plan.PriorityThemeTitle,
            plan.PriorityThemeCategory,
            ValueFormat.Paragraphs(plan.PriorityThemeText),
            period.Name,
            period.StartFiscalYear,
            period.EndFiscalYear,
            plan.Challenges
                .Select(c => new ChallengeItem(
                    c.Number,
                    c.Title,
                    c.Category,
                    ValueFormat.Paragraphs(c.Body),
                    policies.Where(p => p.ChallengeNumber == c.Number).Select(p => p.Tree).ToList()))
                .ToList(),
            policies.Where(p => p.Kind == PolicyKind.Priority).Select(p => p.Tree).ToList());
    }

    /// <summary>The period's policies in order, each with its measures and the challenge it serves (none for a priority policy).</summary>
    private Task<List<PolicyBranch>> PolicyTreeAsync(int periodId, CancellationToken cancellationToken) =>
        db.Policies.AsNoTracking()
            .Where(p => p.PlanPeriodId == periodId)
            .OrderBy(p => p.Number)
            .Select(p => new PolicyBranch(
                p.Kind,
                p.Challenge == null ? (int?)null : p.Challenge.Number,
                new TreePolicy(
                    p.Number,
                    p.ShortName,
                    p.Title,
                    p.Measures.OrderBy(m => m.Number).Select(m => new MeasureLink(m.Number, m.Title)).ToList())))
            .ToListAsync(cancellationToken);

    private sealed record PolicyBranch(PolicyKind Kind, int? ChallengeNumber, TreePolicy Tree);
}
