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
        if (indicator.TargetValue is { } absolute)
        {
            return absolute;
        }

        if (indicator.TargetRelativePercent is not { } percent || indicator.BaselineValue is not { } baseline)
        {
            return null;
        }

        var higherIsBetter = indicator.Direction is IndicatorDirection.Increase or IndicatorDirection.AtLeast;
        var raw = baseline * (1 + (percent / 100m));
        return RoundTowards(raw, indicator.Decimals, up: higherIsBetter);
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
