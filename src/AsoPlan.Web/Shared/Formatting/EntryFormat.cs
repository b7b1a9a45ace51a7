using System.Globalization;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;

namespace AsoPlan.Web.Shared.Formatting;

/// <summary>
/// How an entered actual and an indicator's target are written on the staff and planning pages, forms, workbooks and
/// conflict pages: never fewer decimals than were entered (the public pages use <see cref="ValueFormat"/> and the
/// indicator's decimals only).
/// </summary>
public static class EntryFormat
{
    /// <summary>A stored number as the form shows it: the indicator's decimals, no separators (98.30, 1234).</summary>
    public static string FormNumber(decimal value, int decimals) =>
        value.ToString("F" + Math.Max(decimals, DecimalsOf(value)).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An entered value for people to read: separators and unit, never fewer decimals than were entered (98.30%, 1,234人).</summary>
    public static string Display(decimal value, int decimals, string unit) =>
        ValueFormat.WithUnit(value, Math.Max(decimals, DecimalsOf(value)), unit);

    /// <summary>An indicator's entry in one phrase: the value, 未確定 with its reason, or null when nothing is entered.</summary>
    public static string? Describe(decimal? value, string? notAvailableReason, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return value is { } v ? Display(v, indicator.Decimals, indicator.Unit)
            : notAvailableReason is not null ? $"未確定（{notAvailableReason}）"
            : null;
    }

    /// <summary>The target as printed; a relative one (10%向上) with the number it resolves to, e.g. 10%向上（3,776人）.</summary>
    public static string TargetText(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.TargetRelativePercent is not null && TargetResolver.Resolve(indicator) is { } resolved
            ? $"{indicator.TargetText}（{Display(resolved, indicator.Decimals, indicator.Unit)}）"
            : indicator.TargetText;
    }

    /// <summary>Significant decimals (trailing zeros a provider may add are not significant).</summary>
    private static int DecimalsOf(decimal value) => (decimal.GetBits(value / 1.000000000000000000000000000000000m)[3] >> 16) & 0xFF;
}
