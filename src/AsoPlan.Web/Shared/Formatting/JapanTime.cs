using System.Globalization;

namespace AsoPlan.Web.Shared.Formatting;

/// <summary>Times are stored in UTC and shown in Japan time; dates as 2025年5月31日.</summary>
public static class JapanTime
{
    // Japan has no daylight saving, so a fixed offset is exact and needs no time-zone database.
    private static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static string DateTime(DateTime utc) =>
        new DateTimeOffset(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset).ToString("yyyy年M月d日 H:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
