using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Portal;

namespace AsoPlan.Web.Features.Progress;

/// <summary>
/// Reads the current plan period's measures, indicators, record states and the values in a
/// <see cref="ValueScope"/>, and judges every value with the one <see cref="AchievementCalculator"/>.
/// Two steps, so a page reads and judges only what it shows: <see cref="OutlineAsync"/> (the plan and
/// every record's state, no values) and <see cref="JudgeAsync"/> (the values of the chosen years).
/// Flat, untracked, compiled queries (<see cref="ProgressQueries"/>; the published values through
/// <see cref="ApprovedActuals"/>, as every public page reads them): a fixed handful of round trips
/// whatever the size of the plan.
/// </summary>
public sealed class ProgressQuery(AsoPlanDbContext db, ApprovedActuals approved, AchievementCalculator calculator)
{
    /// <summary>Every reporting year judged, of the current period or of the period <paramref name="periodId"/>.</summary>
    public async Task<PlanProgress> LoadAsync(ValueScope scope, int? periodId, CancellationToken cancellationToken)
    {
        var outline = await OutlineAsync(null, periodId, cancellationToken);
        return await JudgeAsync(outline, scope, outline.Years, cancellationToken);
    }

    /// <summary>
    /// The measures (all, or the one numbered <paramref name="measureNumber"/>), their indicators and
    /// their record states in every reporting year; no values yet (<see cref="PlanProgress.JudgedYears"/> is empty).
    /// The current period's (what staff and the planning office work on).
    /// </summary>
    public Task<PlanProgress> OutlineAsync(int? measureNumber, CancellationToken cancellationToken) =>
        OutlineAsync(measureNumber, null, cancellationToken);

    /// <summary>As <see cref="OutlineAsync(int?, CancellationToken)"/>, of the period <paramref name="periodId"/> when given (the public pages' period switcher).</summary>
    public async Task<PlanProgress> OutlineAsync(int? measureNumber, int? periodId, CancellationToken cancellationToken)
    {
        var period = periodId is { } id
            ? await ProgressQueries.PeriodById(db, id, cancellationToken)
            : await ProgressQueries.CurrentPeriod(db, cancellationToken);
        if (period is null)
        {
            return new PlanProgress(ValueScope.Approved, [], []) { JudgedYears = [] };
        }

        var years = Enumerable.Range(period.StartFiscalYear, period.EndFiscalYear - period.StartFiscalYear + 1).ToList();
        var measures = await ProgressQueries.Measures(db, period.Id, measureNumber).ToListAsync(cancellationToken);
        if (measures.Count == 0)
        {
            return new PlanProgress(ValueScope.Approved, years, []) { JudgedYears = [] };
        }

        var goals = (await ProgressQueries.SdgGoals(db, period.Id, measureNumber).ToListAsync(cancellationToken)).ToLookup(g => g.MeasureId, g => g.Goal);
        var yearTargets = (await ProgressQueries.YearTargets(db, period.Id, measureNumber).ToListAsync(cancellationToken)).ToLookup(t => t.IndicatorId);
        var indicators = (await ProgressQueries.Indicators(db, period.Id, measureNumber).ToListAsync(cancellationToken)).ToLookup(i => i.MeasureId);
        foreach (var indicator in indicators.SelectMany(g => g))
        {
            indicator.YearTargets = [.. yearTargets[indicator.Id]];
        }
        var onlyMeasure = measureNumber is null ? null : measures.FirstOrDefault()?.Id;
        var states = (await ProgressQueries.States(db, period.StartFiscalYear, period.EndFiscalYear, onlyMeasure).ToListAsync(cancellationToken))
            .ToLookup(s => s.MeasureId);
        var publications = (await ProgressQueries.Publications(db, period.StartFiscalYear, period.EndFiscalYear, onlyMeasure).ToListAsync(cancellationToken))
            .ToLookup(p => p.MeasureId);

        var result = measures.Select(m => new MeasureProgress(
            m.Id,
            m.Number,
            m.Title,
            m.Policy,
            m.ChallengeNumber is { } n ? new ChallengeRef(n, $"チャレンジ{n} {m.ChallengeTitle}") : new ChallengeRef(0, $"重点テーマ {m.ThemeTitle}"),
            m.Section,
            [.. goals[m.Id]],
            [.. indicators[m.Id].Select(i => new IndicatorProgress(i, null, []))],
            states[m.Id].ToDictionary(s => s.FiscalYear, s => s.State))
        {
            Rules = calculator.MeasureRules,
            Published = publications[m.Id].ToDictionary(p => p.FiscalYear, p => p.PublishedAt),
        })
            .ToList();
        return new PlanProgress(ValueScope.Approved, years, result) { JudgedYears = [] };
    }

    /// <summary>
    /// The outline with the values in <paramref name="scope"/> of <paramref name="years"/> (consecutive
    /// reporting years) and their 達成度. Other years are not read: <see cref="PlanProgress.Tally"/> refuses them.
    /// </summary>
    public async Task<PlanProgress> JudgeAsync(PlanProgress outline, ValueScope scope, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(years);
        var judged = years.Where(outline.Years.Contains).Order().ToList();
        if (judged.Count == 0 || outline.Measures.Count == 0)
        {
            return outline with { Scope = scope, JudgedYears = judged };
        }

        var onlyMeasure = outline.Measures.Count == 1 ? outline.Measures[0].Id : (int?)null;
        var published = await approved.ByIndicatorAsync(onlyMeasure, judged[0], judged[^1], cancellationToken);
        var submitted = scope == ValueScope.Approved
            ? []
            : (await ProgressQueries.SubmittedValues(db, judged[0], judged[^1], onlyMeasure).ToListAsync(cancellationToken)).ToDictionary(v => (v.IndicatorId, v.FiscalYear));
        var measures = outline.Measures
            .Select(m => m with { Indicators = [.. m.Indicators.Select(i => Judge(m, i.Indicator, judged, published, submitted))] })
            .ToList();
        return new PlanProgress(scope, outline.Years, measures) { JudgedYears = judged };
    }

    /// <summary>
    /// Each year of an indicator: a submitted record's value as entered (judged now), where the scope includes
    /// submissions; otherwise what was published, with its evaluation as published; otherwise nothing.
    /// </summary>
    private IndicatorProgress Judge(
        MeasureProgress measure,
        Indicator indicator,
        List<int> years,
        ILookup<int, PublishedEntry> published,
        Dictionary<(int, int), ProgressQueries.ScopedValue> submitted)
    {
        var goal = IndicatorGoal.TryFor(indicator);
        var publishedByYear = published[indicator.Id].ToDictionary(e => e.FiscalYear);
        var results = new YearProgress[years.Count];
        for (var k = 0; k < years.Count; k++)
        {
            var year = years[k];
            if (!indicator.IsActiveIn(year))
            {
                results[k] = new YearProgress(year, null, null, null);
            }
            else if (measure.StateIn(year) == RecordState.Submitted && submitted.TryGetValue((indicator.Id, year), out var entered))
            {
                results[k] = new YearProgress(year, entered.Value, entered.NotAvailableReason, calculator.Judge(goal, year, entered.Value)) { Status = StatusOf(entered) };
            }
            else if (publishedByYear.TryGetValue(year, out var entry))
            {
                results[k] = new YearProgress(year, entry.Value, entry.NotAvailableReason, entry.Achievement) { Status = entry.Status, Published = true };
            }
            else
            {
                results[k] = new YearProgress(year, null, null, null);
            }
        }

        return new IndicatorProgress(indicator, goal, results);
    }

    /// <summary>A submitted value's status as it would be published (訂正済 is only known once it is).</summary>
    private static Core.Publication.ValueStatus StatusOf(ProgressQueries.ScopedValue entered) =>
        entered.Value is null ? Core.Publication.ValueStatus.NotAvailable
        : entered.IsPreliminary ? Core.Publication.ValueStatus.Preliminary
        : Core.Publication.ValueStatus.Final;
}
