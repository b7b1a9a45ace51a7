using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

public sealed class MeasureQueries(
    AsoPlanDbContext db,
    ApprovedActuals approved,
    IndicatorRows rows,
    RevisionNotesQuery revisionNotes,
    AchievementCalculator calculator,
    AsoPlan.Web.Features.Budget.PublishedProjectsQuery projects)
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
        var published = await PortalQueries.PublishedYears(db, measure.Id).ToListAsync(cancellationToken);
        var notes = await PortalQueries.CorrectionNotes(db, measure.Id).ToListAsync(cancellationToken);
        var indicatorRows = indicators.Select(i => rows.Build(i, actuals[i.Id], years)).ToList();

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
                .Select(i => new InitiativeItem(i.Name, i.Content, i.Effect, [.. i.Projects.Select(p => p.Name)])).ToList(),
            indicatorRows,
            years,
            neighbours.FirstOrDefault(m => m.Number == number - 1),
            neighbours.FirstOrDefault(m => m.Number == number + 1),
            await revisionNotes.ForMeasureAsync(measure.Id, cancellationToken),
            measure.OwnerContact,
            [.. years.Select(year => new MeasureYearRating(year, published.Contains(year) ? RateYear(indicatorRows, year) : null))])
        {
            CorrectionNotes = [.. notes.SelectMany(n => ValueFormat.Lines(n.Text).Select(line => n with { Text = line }))],
            Budget = AsoPlan.Web.Features.Budget.MeasureBudget.Of(
                years,
                await projects.ForMeasureAsync(measure.Id, cancellationToken),
                years.ToDictionary(y => y, y => published.Contains(y) ? RateYear(indicatorRows, y).Label : null)),
        };
    }

    /// <summary>The measure's rating in a published year from its rows measured that year (a row without a rating counts as unrated).</summary>
    private MeasureRating RateYear(IReadOnlyList<IndicatorRow> indicatorRows, int year) =>
        calculator.RateMeasure(indicatorRows.Where(r => !r.IsRetiredIn(year)).Select(r => r.Actuals.First(a => a.FiscalYear == year).Achievement));
}
