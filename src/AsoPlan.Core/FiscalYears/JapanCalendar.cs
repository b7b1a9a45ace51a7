using System.Globalization;

namespace AsoPlan.Core.FiscalYears;

/// <summary>Dates as people in Japan read them: today's date in Japan, and wareki dates such as 令和7年5月31日（土）.</summary>
public static class JapanCalendar
{
    // Japan has no daylight saving, so a fixed offset is exact and needs no time-zone database.
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    private static readonly DateOnly ReiwaStart = new(2019, 5, 1);
    private static readonly DateOnly HeiseiStart = new(1989, 1, 8);
    private static readonly string[] Weekdays = ["日", "月", "火", "水", "木", "金", "土"];

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>Calendar days in Japan from now until <paramref name="date"/>: 0 on the day itself, negative after it.</summary>
    public static int DaysUntil(DateOnly date, DateTimeOffset now) => date.DayNumber - Today(now).DayNumber;

    /// <summary>令和7年5月31日（土）; 令和元年 for the era's first year; Gregorian before 平成. Without the weekday: 令和7年5月31日.</summary>
    public static string WarekiDate(DateOnly date, bool weekday = true)
    {
        var day = weekday ? $"（{Weekdays[(int)date.DayOfWeek]}）" : string.Empty;
        var (era, year) = date >= ReiwaStart ? ("令和", date.Year - 2018)
            : date >= HeiseiStart ? ("平成", date.Year - 1988)
            : (string.Empty, date.Year);
        var yearText = era.Length > 0 && year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{era}{yearText}年{date.Month}月{date.Day}日{day}");
    }
}
