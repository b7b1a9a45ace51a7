using AsoPlan.Core.Plan;
using AsoPlan.Data;
using AsoPlan.Web.Formatting;
using AsoPlan.Web.Models.Portal;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Queries;

public sealed class MeasureQueries(AsoPlanDbContext db, ApprovedActuals approved, ReportingYears reportingYears, IndicatorRows rows)
{
    /// <summary>Everything a measure carries, with approved actuals only; null when there is no such measure.</summary>
    public async Task<MeasurePage?> FindAsync(int number, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking()
            .Where(m => m.Number == number)
            .Select(m => new
            {
                m.Id,
                m.Number,
                m.Title,
                Policy = new PolicyLink(m.Policy!.Number, m.Policy.ShortName, m.Policy.Title),
                Owner = new SectionLink(m.OwnerSection!.Code, m.OwnerSection.Name),
                m.OwnerLabel,
                m.Description,
                Goals = m.SdgGoals.OrderBy(g => g.Goal).Select(g => new { g.Goal, g.Label, g.Targets }).ToList(),
                Initiatives = m.Initiatives.OrderBy(i => i.Kind).ThenBy(i => i.SortOrder)
                    .Select(i => new { i.Kind, i.Name, i.Content, i.Effect, i.Projects }).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }

        var indicators = await db.Indicators.AsNoTracking()
            .Include(i => i.YearTargets)
            .Where(i => i.MeasureId == measure.Id)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .ToListAsync(cancellationToken);
        var actuals = await approved.ByIndicatorAsync(measure.Id, cancellationToken);
        var years = await reportingYears.CurrentAsync(cancellationToken);
        var neighbours = await db.Measures.AsNoTracking()
            .Where(m => m.Number == number - 1 || m.Number == number + 1)
            .Select(m => new MeasureLink(m.Number, m.Title))
            .ToListAsync(cancellationToken);

        return new MeasurePage(
            measure.Number,
            measure.Title,
            measure.Policy,
            measure.Owner,
            measure.OwnerLabel,
            ValueFormat.Paragraphs(measure.Description),
            measure.Goals.Select(g => new SdgGoalItem(g.Goal, g.Label, g.Targets.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList(),
            measure.Initiatives.Where(i => i.Kind == InitiativeKind.KeyAction).Select(i => i.Name).ToList(),
            measure.Initiatives.Where(i => i.Kind == InitiativeKind.MainInitiative)
                .Select(i => new InitiativeItem(i.Name, i.Content, i.Effect, ValueFormat.Lines(i.Projects))).ToList(),
            indicators.Select(i => rows.Build(i, actuals[i.Id], years)).ToList(),
            years,
            neighbours.FirstOrDefault(m => m.Number == number - 1),
            neighbours.FirstOrDefault(m => m.Number == number + 1));
    }
}
