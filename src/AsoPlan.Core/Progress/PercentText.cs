using System.Globalization;

namespace AsoPlan.Core.Progress;

/// <summary>
/// Shares written as percentages with one decimal, cut towards the smaller number (99.99995% → 99.9%,
/// −33.35% → −33.4%), never rounded. The band bounds are inclusive lower bounds on a 0.1% grid, so a
/// printed share reaches a bound exactly when the share itself does: 「想定の 100.0%」 is always A.
/// </summary>
public static class PercentText
{
    /// <summary>The ratio as a percentage cut to one decimal: 0.9999995 → 99.9.</summary>
    public static decimal FloorPercent(decimal ratio) => Math.Floor(ratio * 1000m) / 10m;

    /// <summary>The ratio cut to the 0.1% grid, still a ratio (for cells formatted as percentages): 0.9999995 → 0.999.</summary>
    public static decimal FloorRatio(decimal ratio) => Math.Floor(ratio * 1000m) / 1000m;

    /// <summary>0.9999995 → 「99.9%」.</summary>
    public static string Floor(decimal ratio) => FloorPercent(ratio).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
