using System.Globalization;
using System.Text.RegularExpressions;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>One series of an indicator cell as printed: its number, decimals and unit.</summary>
internal sealed record PrintedValue(string Text, decimal? Value, int Decimals, string? Unit, decimal? RelativePercent);

/// <summary>Reads the baseline and target cells of a ◆目指す指標 row.</summary>
internal static partial class IndicatorCell
{
    // Longest first, so that 百万円 is not read as 円 nor km as m.
    private static readonly string[] Units =
        [.. new[] { "百万円", "千円", "万人", "行政区", "団体", "施設", "人", "頭", "%", "件", "ha", "km", "m", "橋", "戸", "回", "冊", "g", "点", "班" }
            .OrderByDescending(u => u.Length)];

    /// <summary>
    /// A cell holding two series (<c>226,450人 (15,031人)</c>, <c>37.4%・40.5%</c>) gives both;
    /// a parenthesis that is a note (<c>(R3.4.15 現在)</c>, <c>(※)</c>) does not start a series.
    /// </summary>
    public static IReadOnlyList<string> SplitSeries(string cell)
    {
        if (cell.Contains('・', StringComparison.Ordinal))
        {
            return [.. cell.Split('・').Select(s => s.Trim())];
        }

        return SecondSeries().Match(cell) is { Success: true } m && Units.Any(u => m.Groups["b"].Value.EndsWith(u, StringComparison.Ordinal))
            ? [m.Groups["a"].Value.Trim(), m.Groups["b"].Value.Trim()]
            : [cell.Trim()];
    }

    public static PrintedValue Read(string series)
    {
        if (series is "-" or "—")
        {
            return new PrintedValue(series, null, 0, null, null);
        }

        if (Relative().Match(series) is { Success: true } relative)
        {
            return new PrintedValue(series, null, 0, null, decimal.Parse(relative.Groups["p"].Value, CultureInfo.InvariantCulture));
        }

        var number = Number().Match(series);
        if (!number.Success)
        {
            throw new FormatException($"no number in indicator cell '{series}'");
        }

        var afterNumber = series[(number.Index + number.Length)..].TrimStart(' ');
        var unit = Units.FirstOrDefault(u => afterNumber.StartsWith(u, StringComparison.Ordinal))
            ?? throw new FormatException($"no known unit in indicator cell '{series}'");
        var value = decimal.Parse(number.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal) + number.Groups["frac"].Value, CultureInfo.InvariantCulture);
        var decimals = Math.Max(0, number.Groups["frac"].Value.Length - 1);
        return new PrintedValue(series, value, decimals, unit, null);
    }

    [GeneratedRegex(@"^(?<a>.+?)\s*\((?<b>\d[^)]*)\)$")]
    private static partial Regex SecondSeries();

    [GeneratedRegex(@"^(?<p>\d+(?:\.\d+)?)%向上$")]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<int>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?")]
    private static partial Regex Number();
}
