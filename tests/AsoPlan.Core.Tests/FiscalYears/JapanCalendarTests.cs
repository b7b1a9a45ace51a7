using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Core.Tests.FiscalYears;

public class JapanCalendarTests
{
    [Theory]
    [InlineData(2025, 5, 31, "令和7年5月31日（土）")]
    [InlineData(2019, 5, 1, "令和元年5月1日（水）")]
    [InlineData(2019, 4, 30, "平成31年4月30日（火）")]
    [InlineData(2026, 1, 5, "令和8年1月5日（月）")]
    [InlineData(2026, 12, 6, "令和8年12月6日（日）")]
    [InlineData(2026, 12, 10, "令和8年12月10日（木）")]
    [InlineData(2026, 12, 11, "令和8年12月11日（金）")]
    [InlineData(1989, 1, 8, "平成元年1月8日（日）")]   // 平成's first day
    [InlineData(1989, 1, 7, "1989年1月7日（土）")]     // before 平成: Gregorian
    [InlineData(1990, 4, 1, "平成2年4月1日（日）")]
    [InlineData(1, 1, 1, "1年1月1日（月）")]         // a Gregorian year 1 is not 元年
    public void Dates_are_written_in_wareki_with_the_weekday(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, JapanCalendar.WarekiDate(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Today_is_the_date_in_Japan()
    {
        var lateEveningUtc = new DateTimeOffset(2025, 3, 31, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 4, 1), JapanCalendar.Today(lateEveningUtc));
        Assert.Equal(0, JapanCalendar.DaysUntil(new DateOnly(2025, 4, 1), lateEveningUtc));
        Assert.Equal(-1, JapanCalendar.DaysUntil(new DateOnly(2025, 3, 31), lateEveningUtc));
    }
}
