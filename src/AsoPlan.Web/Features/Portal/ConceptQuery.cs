using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

public sealed class ConceptQuery(AsoPlanDbContext db, HomeQuery home)
{
    /// <summary>The basic concept of the period's plan; null when the plan is gone.</summary>
    public async Task<ConceptPage?> LoadAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (await home.LoadAsync(period, cancellationToken) is not { } texts)
        {
            return null;
        }

        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.Id == period.PlanId)
            .Select(p => new
            {
                p.ConceptStartFiscalYear,
                p.ConceptEndFiscalYear,
                Sections = p.Sections.OrderBy(s => s.SortOrder).Select(s => new { s.Key, s.Heading, s.Body }).ToList(),
            })
            .FirstAsync(cancellationToken);
        return new ConceptPage(
            texts,
            plan.ConceptStartFiscalYear,
            plan.ConceptEndFiscalYear,
            [.. plan.Sections.Select(s => new ConceptSection(s.Key, s.Heading, ValueFormat.Paragraphs(s.Body)))]);
    }
}
