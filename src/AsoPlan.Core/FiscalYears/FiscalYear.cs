using System.Globalization;

namespace AsoPlan.Core.FiscalYears;

/// <summary>
/// A Japanese fiscal year (年度), April to March, stored as its Gregorian starting year
/// and shown in wareki: FY2024 = 令和6年度.
/// </summary>
public readonly record struct FiscalYear(int Year) : IComparable<FiscalYear>
{
    private const int ReiwaStart = 2019;
    private const int HeiseiStart = 1989;
    private const int ShowaStart = 1926;

    /// <summary>The fiscal year a date falls in: 1 April starts a new one.</summary>
    public static FiscalYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public DateOnly FirstDay => new(Year, 4, 1);

    public DateOnly LastDay => new(Year + 1, 3, 31);

    /// <summary>Full wareki label, e.g. 令和6年度 (令和元年度 for 2019).</summary>
    public string ToWareki()
    {
        var (era, n) = Era();
        return n == 1 ? $"{era}元年度" : string.Create(CultureInfo.InvariantCulture, $"{era}{n}年度");
    }

    /// <summary>Short label used in the plan's tables, e.g. R6, H29.</summary>
    public string ToShortLabel()
    {
        var (era, n) = Era();
        var letter = era switch { "令和" => "R", "平成" => "H", _ => "S" };
        return string.Create(CultureInfo.InvariantCulture, $"{letter}{n}");
    }

    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);

    public override string ToString() => ToWareki();

    public static bool operator <(FiscalYear left, FiscalYear right) => left.Year < right.Year;

    public static bool operator >(FiscalYear left, FiscalYear right) => left.Year > right.Year;

    public static bool operator <=(FiscalYear left, FiscalYear right) => left.Year <= right.Year;

    public static bool operator >=(FiscalYear left, FiscalYear right) => left.Year >= right.Year;

    private (string Era, int Number) Era() => Year switch
    {
        >= ReiwaStart => ("令和", Year - ReiwaStart + 1),
        >= HeiseiStart => ("平成", Year - HeiseiStart + 1),
        _ => ("昭和", Year - ShowaStart + 1),
    };
}
