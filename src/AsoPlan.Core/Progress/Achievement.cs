namespace AsoPlan.Core.Progress;

/// <summary>The 達成度 of one indicator's actual value in one fiscal year, and how it was reached.</summary>
public sealed record Achievement(
    AchievementMethod Method,
    int FiscalYear,
    decimal Actual,
    decimal Target,
    AchievementRating Rating,
    bool WorseThanBaseline,
    string Explanation)
{
    /// <summary>(actual − baseline) ÷ (target − baseline): 0 at the baseline, 1 at the target (path method).</summary>
    public decimal? ProgressRate { get; init; }

    /// <summary>The share of the path the straight line expects by this year (R3 of R2→R6 = 0.25).</summary>
    public decimal? ExpectedProgress { get; init; }

    /// <summary>The value the straight path from baseline to target expects for this year.</summary>
    public decimal? ExpectedValue { get; init; }

    /// <summary>What the rating bands were applied to: progress ÷ expected progress, or actual ÷ target.</summary>
    public decimal? ShareOfPath { get; init; }

    /// <summary>Threshold method: whether the value stays on the right side of the target.</summary>
    public bool? ThresholdMet { get; init; }

    /// <summary>Threshold method: true for a floor (stay at or above the target), false for a ceiling.</summary>
    public bool? Floor { get; init; }

    /// <summary>Threshold method: actual − target (negative below the target).</summary>
    public decimal? Margin { get; init; }

    /// <summary>Interim years speak of progress; only the target year of achieving the target (<see cref="EvaluationLabels"/>).</summary>
    public EvaluationStage Stage { get; init; }

    /// <summary>The rating as pages print it, e.g. 「B おおむね順調」 or 「A 達成」.</summary>
    public string Label => EvaluationLabels.Label(Rating, Stage);

    /// <summary>On track means at least the B band for the year.</summary>
    public bool OnTrack => Rating >= AchievementRating.B;
}
