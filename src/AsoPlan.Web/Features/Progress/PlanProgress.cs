using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Web.Features.Progress;

/// <summary>
/// Every measure and indicator of the current plan period with its values and 達成度 for each reporting
/// year, built once per request by <see cref="ProgressQuery"/>. Dashboards, the public overview, the
/// report and open data all count from this, so they agree.
/// </summary>
public sealed record PlanProgress(ValueScope Scope, IReadOnlyList<int> Years, IReadOnlyList<MeasureProgress> Measures)
{
    /// <summary>The years whose values were read and judged (all <see cref="Years"/> unless a page asked for fewer).</summary>
    public IReadOnlyList<int> JudgedYears { get; init; } = Years;

    public IEnumerable<IndicatorProgress> Indicators => Measures.SelectMany(m => m.Indicators);

    /// <summary>
    /// Counts of the indicators of the measures that pass <paramref name="filter"/>, by rating in
    /// <paramref name="year"/>; an indicator retired by then is not counted at all (not even as 未評価).
    /// </summary>
    public RatingTally Tally(int year, Func<MeasureProgress, bool>? filter = null)
    {
        EnsureJudged(year);
        return RatingTally.Of(Measures.Where(m => filter?.Invoke(m) ?? true).SelectMany(m => m.ActiveIn(year)).Select(i => i.In(year)?.Achievement));
    }

    /// <summary>Each measure's own tally in <paramref name="year"/>, computed once; groups add these up.</summary>
    public IReadOnlyDictionary<int, RatingTally> TallyByMeasure(int year)
    {
        EnsureJudged(year);
        return Measures.ToDictionary(m => m.Id, m => RatingTally.Of(m.ActiveIn(year).Select(i => i.In(year)?.Achievement)));
    }

    /// <summary>A year that was not read would count every indicator as 未評価; that is a bug, not a result.</summary>
    private void EnsureJudged(int year)
    {
        if (Years.Contains(year) && !JudgedYears.Contains(year))
        {
            throw new InvalidOperationException($"Fiscal year {year} was not judged for this view (judged: {string.Join(", ", JudgedYears)}).");
        }
    }
}

public sealed record PolicyRef(int Number, string ShortName, string Title);

/// <summary>The priority theme (order 0) or challenge 1–5 a policy serves.</summary>
public sealed record ChallengeRef(int Order, string Label);

public sealed record SectionRef(int Id, string Code, string Name, int SortOrder);

/// <summary>An SDG goal as the source prints it beside a measure.</summary>
public sealed record SdgRef(int Goal, string Label);

public sealed record MeasureProgress(
    int Id,
    int Number,
    string Title,
    PolicyRef Policy,
    ChallengeRef Challenge,
    SectionRef Section,
    IReadOnlyList<SdgRef> SdgGoals,
    IReadOnlyList<IndicatorProgress> Indicators,
    IReadOnlyDictionary<int, RecordState> States)
{
    /// <summary>The indicators measured in <paramref name="year"/> (retired ones drop out from their retirement year).</summary>
    public IEnumerable<IndicatorProgress> ActiveIn(int year) => Indicators.Where(i => i.Indicator.IsActiveIn(year));

    /// <summary>The record's state in a year; null is 未入力 (no record).</summary>
    public RecordState? StateIn(int year) => States.TryGetValue(year, out var state) ? state : null;

    /// <summary>The years with a publication (approved at least once), and when the current one was approved.</summary>
    public IReadOnlyDictionary<int, DateTime> Published { get; init; } = new Dictionary<int, DateTime>();

    /// <summary>Whether the year's record has been published: the public sees it even while a correction is under way.</summary>
    public bool IsPublishedIn(int year) => Published.ContainsKey(year);

    /// <summary>How the measure's rating is combined (the configured rules; set by <see cref="ProgressQuery"/>).</summary>
    public MeasureRatingRules Rules { get; init; } = MeasureRatingRules.Default;

    /// <summary>The measure's rating from its active indicators' results in the year (unrated ones included), with the derivation.</summary>
    public MeasureRating RatingIn(int year) =>
        MeasureRating.Combine(ActiveIn(year).Select(i => i.In(year)?.Achievement), Rules);
}

/// <summary>An indicator with its goal (null when the target cannot be resolved) and a result for each reporting year.</summary>
public sealed record IndicatorProgress(Indicator Indicator, IndicatorGoal? Goal, IReadOnlyList<YearProgress> Years)
{
    public YearProgress? In(int year) => Years.FirstOrDefault(y => y.FiscalYear == year);

    /// <summary>Target-year projection from the baseline and the values in scope up to and including <paramref name="year"/>.</summary>
    public decimal? ProjectionAsOf(int year) => Goal is null
        ? null
        : AchievementCalculator.ProjectTargetYear(Goal, [.. Years.Where(y => y.FiscalYear <= year && y.Value is not null).Select(y => new YearValue(y.FiscalYear, y.Value!.Value))]);
}

/// <summary>
/// One reporting year of an indicator: the value in scope (null: none), why none was given (未確定の理由),
/// and the 達成度 when there is a value to judge.
/// </summary>
public sealed record YearProgress(int FiscalYear, decimal? Value, string? NotAvailableReason, Achievement? Achievement)
{
    /// <summary>Read from the current publication (the evaluation as published), not from a submission.</summary>
    public bool Published { get; init; }

    /// <summary>確定 / 速報値 / 未確定 / 訂正済 (a submitted value: as it would be published); the default where there is no value.</summary>
    public Core.Publication.ValueStatus Status { get; init; }

    /// <summary>The value is a 速報値 (shown so wherever it is printed).</summary>
    public bool IsPreliminary => Value is not null && Status == Core.Publication.ValueStatus.Preliminary;
}
