using AsoPlan.Core.Plan;
using AsoPlan.Data;
using AsoPlan.Web.Formatting;
using AsoPlan.Web.Models.Portal;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Queries;

public sealed class MeasureQueries(AsoPlanDbContext db, ApprovedActuals approved, IndicatorRows rows, RevisionNotesQuery revisionNotes)
{
    /// <summary>
    /// Everything a measure carries, with approved actuals only, read in the measure's own period (measure
    /// numbers are unique across periods, so <c>/measures/{n}</c> needs no period). Null when there is no
    /// such measure, or when the request named another period than the measure's.
    /// </summary>
    public async Task<MeasurePage?> FindAsync(PeriodChoice choice, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var measure = await PortalQueries.MeasureByNumber(db, number, cancellationToken);
        if (measure is null || (choice.Named && measure.PeriodId != choice.Selected.Id))
        {
            return null;
        }

        var period = choice.All.First(p => p.Id == measure.PeriodId);

        var goals = await PortalQueries.GoalsOfMeasure(db, measure.Id).ToListAsync(cancellationToken);
        var initiatives = await PortalQueries.InitiativesOfMeasure(db, measure.Id).ToListAsync(cancellationToken);
        var indicators = await PortalQueries.IndicatorsOfMeasure(db, measure.Id).ToListAsync(cancellationToken);
        var actuals = await approved.ByIndicatorAsync(measure.Id, cancellationToken);
        var years = period.Years;
        var neighbours = await PortalQueries.Neighbours(db, period.Id, number).ToListAsync(cancellationToken);

        return new MeasurePage(
            period.Id,
            measure.Number,
            measure.Title,
            measure.Policy,
            measure.Owner,
            measure.OwnerLabel,
            ValueFormat.Paragraphs(measure.Description),
            goals.Select(g => new SdgGoalItem(g.Goal, g.Label, g.Targets.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList(),
            initiatives.Where(i => i.Kind == InitiativeKind.KeyAction).Select(i => i.Name).ToList(),
            initiatives.Where(i => i.Kind == InitiativeKind.MainInitiative)
                .Select(i => new InitiativeItem(i.Name, i.Content, i.Effect, ValueFormat.Lines(i.Projects))).ToList(),
            indicators.Select(i => rows.Build(i, actuals[i.Id], years)).ToList(),
            years,
            neighbours.FirstOrDefault(m => m.Number == number - 1),
            neighbours.FirstOrDefault(m => m.Number == number + 1),
            await revisionNotes.ForMeasureAsync(measure.Id, cancellationToken));
    }
}
