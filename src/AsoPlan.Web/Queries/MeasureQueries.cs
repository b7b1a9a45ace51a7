using AsoPlan.Core.Plan;
using AsoPlan.Data;
using AsoPlan.Web.Formatting;
using AsoPlan.Web.Models.Portal;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Queries;

public sealed class MeasureQueries(AsoPlanDbContext db, ApprovedActuals approved, IndicatorRows rows, RevisionNotesQuery revisionNotes)
{
    /// <summary>Everything a measure of the period carries, with approved actuals only; null when the period has no such measure.</summary>
    public async Task<MeasurePage?> FindAsync(PortalPeriod period, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var measure = await PortalQueries.MeasureByNumber(db, period.Id, number, cancellationToken);
        if (measure is null)
        {
            return null;
        }

        var goals = await PortalQueries.GoalsOfMeasure(db, measure.Id).ToListAsync(cancellationToken);
        var initiatives = await PortalQueries.InitiativesOfMeasure(db, measure.Id).ToListAsync(cancellationToken);
        var indicators = await PortalQueries.IndicatorsOfMeasure(db, measure.Id).ToListAsync(cancellationToken);
        var actuals = await approved.ByIndicatorAsync(measure.Id, cancellationToken);
        var years = period.Years;
        var neighbours = await PortalQueries.Neighbours(db, period.Id, number).ToListAsync(cancellationToken);

        return new MeasurePage(
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
            await revisionNotes.ForMeasureAsync(measure.Id, cancellationToken),
            measure.OwnerContact);
    }
}
