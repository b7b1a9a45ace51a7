using AsoPlan.Web.Features.Portal;

namespace AsoPlan.Web.Shared.Formatting;

/// <summary>The cells of an indicator as a citizen reads them.</summary>
public static class IndicatorDisplay
{
    public static string Baseline(IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.BaselineValue is { } value ? ValueFormat.WithUnit(value, row.Decimals, row.Unit) : "基準値なし";
    }

    /// <summary>Absolute targets as numbers; relative ones as printed with the computed value, e.g. 10%向上（3,776人）.</summary>
    public static string Target(IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.TargetRelativePercent is not null)
        {
            return row.TargetValue is { } resolved
                ? $"{row.TargetText}（{ValueFormat.WithUnit(resolved, row.Decimals, row.Unit)}）"
                : row.TargetText;
        }

        return row.TargetValue is { } value ? ValueFormat.WithUnit(value, row.Decimals, row.Unit) : row.TargetText;
    }

    /// <summary>The plan's own wording when it says more than the number (e.g. 45.0%以上, 617人 (※)); null otherwise.</summary>
    public static string? PrintedIfDifferent(string printed, string shown)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(shown);
        return Normalize(printed) == Normalize(shown) || Normalize(printed) is "-" or "—" or "－" ? null : printed;
    }

    public static string Actual(IndicatorRow row, decimal value)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ValueFormat.WithUnit(value, row.Decimals, row.Unit);
    }

    private static string Normalize(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c != ',' && c != '，').ToArray());
}
