using System.Text.RegularExpressions;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>Japanese era years as the documents print them (R2, 令和元年度) → Gregorian fiscal years.</summary>
internal static partial class Wareki
{
    public static int Reiwa(int year) => 2018 + year;

    /// <summary>The fiscal year a (※) note says the baseline was taken from, e.g. 基準値は令和元年度の実績値.</summary>
    public static int? BaselineYearInNote(string note) =>
        BaselineYear().Match(note) is { Success: true } m
            ? Reiwa(m.Groups["y"].Value == "元" ? 1 : int.Parse(m.Groups["y"].Value))
            : null;

    [GeneratedRegex(@"基準値は令和(?<y>元|\d+)年度の実績値")]
    private static partial Regex BaselineYear();
}
