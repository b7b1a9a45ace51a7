namespace AsoPlan.Core.Progress;

/// <summary>
/// Lower bounds of each band as a share of the expected path (1.0 = exactly on the path).
/// Bound from configuration section <c>Achievement:Bands</c>; the defaults are the planning office's.
/// </summary>
public sealed class RatingBands
{
    public decimal A { get; set; } = 1.00m;

    public decimal B { get; set; } = 0.80m;

    public decimal C { get; set; } = 0.50m;

    public static RatingBands Default => new();

    public AchievementRating Rate(decimal shareOfPath) =>
        shareOfPath >= A ? AchievementRating.A
        : shareOfPath >= B ? AchievementRating.B
        : shareOfPath >= C ? AchievementRating.C
        : AchievementRating.D;

    /// <summary>
    /// Bands must strictly descend so every share falls in exactly one, and lie on the 0.1% grid the pages
    /// print shares on (<see cref="PercentText"/>), so a printed share reaches a bound exactly when the share does.
    /// </summary>
    public bool IsValid => A > B && B > C && C >= 0 && OnGrid(A) && OnGrid(B) && OnGrid(C);

    private static bool OnGrid(decimal bound) => PercentText.FloorRatio(bound) == bound;
}
