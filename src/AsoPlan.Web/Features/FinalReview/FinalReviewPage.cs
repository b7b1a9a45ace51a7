using AsoPlan.Core.Periods;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Features.Progress;
using AsoPlan.Web.Shared.Periods;

namespace AsoPlan.Web.Features.FinalReview;

/// <summary>
/// A finished plan period's final review (総括): the final results of every indicator, each measure's final rating,
/// its last approved Check/Action and the planning office's approved 成果・課題, and the whole period's. Built from
/// approved values only (<see cref="ValueScope.Approved"/>), judged by the one engine as published.
/// </summary>
public sealed record FinalReviewPage(
    PortalPeriod Period,
    FinalReviewClosing Closing,
    IReadOnlyList<int> Years,
    RatingTally Tally,
    ReviewWords? PeriodWords,
    IReadOnlyList<FinalPolicy> Policies)
{
    /// <summary>The period's last year: the target year whose values are the final results.</summary>
    public int FinalYear => Period.EndFiscalYear;

    public IEnumerable<FinalMeasure> Measures => Policies.SelectMany(p => p.Measures);

    /// <summary>One line per indicator (a measure without indicators gets one line for its texts), as the files list them.</summary>
    public IEnumerable<FinalLine> Lines => Policies.SelectMany(p => p.Measures.SelectMany(m =>
        m.Indicators.Count == 0 ? [new FinalLine(p, m, null)] : m.Indicators.Select(i => new FinalLine(p, m, i))));
}

/// <summary>How the period finished: the planning office's closing with its reason, or its target year all approved.</summary>
public sealed record FinalReviewClosing(DateTime? ClosedAt, string? ClosedReason);

/// <summary>The planning office's approved words: 成果 and 課題.</summary>
public sealed record ReviewWords(string? Results, string? Issues, DateTime ApprovedAt);

public sealed record FinalPolicy(int Number, string ShortName, string Title, IReadOnlyList<FinalMeasure> Measures)
{
    public string Label => $"政策{Number}「{ShortName}」";
}

/// <summary>The latest approved record's Check and Action (the section's own words), with its year.</summary>
public sealed record LastCheck(int FiscalYear, string? SelfRating, string? SelfRatingReason, string? ActionText);

public sealed record FinalMeasure(int Number, string Title, string Section, MeasureRating Rating, LastCheck? Check, ReviewWords? Words, IReadOnlyList<FinalIndicator> Indicators)
{
    /// <summary>The final rating as printed; a measure without indicators (主な取り組み only) has none to give.</summary>
    public string RatingLabel => Rating.Active == 0 ? "成果指標なし" : Rating.Label;
}

/// <summary>
/// An indicator's every approved year and its final result: the value of the period's last year as published and
/// judged by the engine (<see cref="Final"/>), null when none was approved, 未確定, or the indicator was retired before.
/// </summary>
public sealed record FinalIndicator(IndicatorProgress Progress, int FinalYear)
{
    public YearProgress? FinalYearValue => Progress.In(FinalYear);

    public Achievement? Final => FinalYearValue?.Achievement;

    public bool Retired => !Progress.Indicator.IsActiveIn(FinalYear);

    public BaselineChange Change => FinalResults.ChangeFromBaseline(Progress.Goal, Final);

    public decimal? DifferenceFromTarget => FinalResults.DifferenceFromTarget(Final);
}

/// <summary>A line of the files: an indicator with its measure and policy, or a measure without indicators.</summary>
public sealed record FinalLine(FinalPolicy Policy, FinalMeasure Measure, FinalIndicator? Indicator);
