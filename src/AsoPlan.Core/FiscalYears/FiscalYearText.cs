using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AsoPlan.Core.FiscalYears;

/// <summary>
/// A fiscal year as a person or another system writes it in a file: <c>2024</c>, <c>２０２４</c>, <c>2024年度</c>,
/// <c>令和6年度</c>, <c>令和元年度</c>, <c>R6</c> or <c>H30</c>; anything else is not a year.
/// </summary>
public static partial class FiscalYearText
{
    public static int? Parse(string? text)
    {
        var trimmed = text?.Normalize(NormalizationForm.FormKC).Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (Gregorian().Match(trimmed) is { Success: true } gregorian)
        {
            return int.Parse(gregorian.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        if (Wareki().Match(trimmed) is not { Success: true } wareki)
        {
            return null;
        }

        var n = wareki.Groups["n"].Value == "元" ? 1 : int.Parse(wareki.Groups["n"].Value, CultureInfo.InvariantCulture);
        return wareki.Groups["era"].Value switch
        {
            "令和" or "R" or "r" => 2018 + n,
            _ => n <= 31 ? 1988 + n : null, // 平成 ended in its 31st year
        };
    }

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)(年度)?$")]
    private static partial Regex Gregorian();

    [GeneratedRegex(@"^(?<era>令和|平成|R|r|H|h)(?<n>元|[1-9]\d?)(年度)?$")]
    private static partial Regex Wareki();
}
