using System.Globalization;
using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Web.Shared.Formatting;

/// <summary>How numbers and fiscal years are written on pages: the indicator's decimals, thousands separators, wareki.</summary>
public static class ValueFormat
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    /// <summary>3775.2 with 0 decimals → 3,775; 98.3 with 2 decimals → 98.30.</summary>
    public static string Number(decimal value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 6).ToString(CultureInfo.InvariantCulture), Japanese);

    /// <summary>The number with its unit: 3,776人, 98.30%, 426.9km.</summary>
    public static string WithUnit(decimal value, int decimals, string unit) => Number(value, decimals) + unit;

    /// <summary>令和6年度.</summary>
    public static string Wareki(int fiscalYear) => new FiscalYear(fiscalYear).ToWareki();

    /// <summary>R6.</summary>
    public static string ShortLabel(int fiscalYear) => new FiscalYear(fiscalYear).ToShortLabel();

    /// <summary>Paragraphs stored with blank lines between them.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Items stored one per line.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
