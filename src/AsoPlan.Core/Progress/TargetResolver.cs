using AsoPlan.Core.Plan;

namespace AsoPlan.Core.Progress;

/// <summary>Turns an indicator's printed target into a number.</summary>
public static class TargetResolver
{
    /// <summary>
    /// The absolute target, or for a relative target (e.g. 10%向上) baseline × (1 + p/100),
    /// rounded to the indicator's decimals in the desired direction, so that meeting the
    /// rounded number really is a 10% gain (3,432人 × 1.1 = 3,775.2 → 3,776人).
    /// Null when a relative target has no baseline to resolve against.
    /// </summary>
    public static decimal? Resolve(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Resolve(indicator.TargetValue, indicator.TargetRelativePercent, indicator.BaselineValue, indicator.Direction, indicator.Decimals);
    }

    /// <summary>As <see cref="Resolve(Indicator)"/>, from the parts of a target (a plan file's indicator before it is stored).</summary>
    public static decimal? Resolve(decimal? targetValue, decimal? relativePercent, decimal? baselineValue, IndicatorDirection direction, int decimals)
    {
        if (targetValue is { } absolute)
        {
            return absolute;
        }

        if (relativePercent is not { } percent || baselineValue is not { } baseline)
        {
            return null;
        }

        var higherIsBetter = direction is IndicatorDirection.Increase or IndicatorDirection.AtLeast;
        var raw = baseline * (1 + (percent / 100m));
        return RoundTowards(raw, decimals, up: higherIsBetter);
    }

    public static decimal RoundTowards(decimal value, int decimals, bool up)
    {
        var scale = Pow10(decimals);
        var scaled = value * scale;
        var rounded = up ? Math.Ceiling(scaled) : Math.Floor(scaled);
        return rounded / scale;
    }

    private static decimal Pow10(int decimals)
    {
        var result = 1m;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
