namespace AsoPlan.Core.Progress;

/// <summary>
/// How a measure's rating is combined from its indicators' (configuration section
/// <c>Achievement:MeasureRating</c>; docs/achievement.md, 「施策の評価」). The bounds are exclusive: a mean
/// must be <b>above</b> a bound to reach the band (3.50 exactly is B, not A), and they sit on the 0.01 grid the
/// mean is printed on, rounded up (<see cref="MeasureRating.MeanText"/>), so a printed mean is above a bound
/// exactly when the mean is.
/// </summary>
public sealed class MeasureRatingRules
{
    /// <summary>A needs a mean above this (default 3.5).</summary>
    public decimal AAbove { get; set; } = 3.5m;

    /// <summary>B needs a mean above this (default 2.5).</summary>
    public decimal BAbove { get; set; } = 2.5m;

    /// <summary>C needs a mean above this (default 1.5); anything else is D.</summary>
    public decimal CAbove { get; set; } = 1.5m;

    /// <summary>
    /// The share of a measure's active indicators that must be rated for the measure to be rated at all
    /// (default 0.5: fewer than half rated → 評価保留).
    /// </summary>
    public decimal MinimumCoverage { get; set; } = 0.5m;

    public static MeasureRatingRules Default => new();

    /// <summary>Bounds descend within the score range 1–4 on the 0.01 grid; the coverage is a share.</summary>
    public bool IsValid =>
        AAbove < 4m && AAbove > BAbove && BAbove > CAbove && CAbove >= 1m
        && OnGrid(AAbove) && OnGrid(BAbove) && OnGrid(CAbove)
        && MinimumCoverage is >= 0m and <= 1m;

    /// <summary>The band of a mean score: above <see cref="AAbove"/> A, above <see cref="BAbove"/> B, above <see cref="CAbove"/> C, else D.</summary>
    public AchievementRating Rate(decimal mean) =>
        mean > AAbove ? AchievementRating.A
        : mean > BAbove ? AchievementRating.B
        : mean > CAbove ? AchievementRating.C
        : AchievementRating.D;

    /// <summary>Whether enough of the active indicators are rated: rated ÷ active ≥ <see cref="MinimumCoverage"/>, and at least one.</summary>
    public bool Covers(int rated, int active) => rated > 0 && rated >= MinimumCoverage * active;

    private static bool OnGrid(decimal bound) => decimal.Round(bound, 2) == bound;
}
