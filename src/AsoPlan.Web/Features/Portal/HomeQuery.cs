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

        var policies = await db.Policies.AsNoTracking()
            .Where(p => p.PlanPeriodId == period.Id)
            .OrderBy(p => p.Number)
            .Select(p => new
            {
                p.Kind,
                ChallengeNumber = p.Challenge == null ? (int?)null : p.Challenge.Number,
                Tree = new TreePolicy(
                    p.Number,
                    p.ShortName,
                    p.Title,
                    p.Measures.OrderBy(m => m.Number).Select(m => new MeasureLink(m.Number, m.Title)).ToList()),
            })
            .ToListAsync(cancellationToken);

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
}
