using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Core.Tests.FiscalYears;

public class FiscalYearTests
{
    [Theory]
    [InlineData(2024, "令和6年度", "R6")]
    [InlineData(2020, "令和2年度", "R2")]
    [InlineData(2019, "令和元年度", "R1")]
    [InlineData(2018, "平成30年度", "H30")]
    [InlineData(2017, "平成29年度", "H29")]
    [InlineData(1978, "昭和53年度", "S53")]
    [InlineData(1989, "平成元年度", "H1")]     // the fiscal year that began in 平成's first year
    [InlineData(1988, "昭和63年度", "S63")]
    public void Shows_in_wareki(int year, string wareki, string shortLabel)
    {
        Assert.Equal(wareki, new FiscalYear(year).ToWareki());
        Assert.Equal(shortLabel, new FiscalYear(year).ToShortLabel());
    }

    [Theory]
    [InlineData("2025-03-31", 2024)]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2024-12-31", 2024)]
    public void April_starts_the_fiscal_year(string date, int expected)
    {
        Assert.Equal(expected, FiscalYear.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Year);
    }

    [Fact]
    public void Runs_April_to_March()
    {
        var fy = new FiscalYear(2024);

        Assert.Equal(new DateOnly(2024, 4, 1), fy.FirstDay);
        Assert.Equal(new DateOnly(2025, 3, 31), fy.LastDay);
    }

    [Fact]
    public void Years_compare_by_their_starting_year()
    {
        var r3 = new FiscalYear(2021);
        var r4 = new FiscalYear(2022);

        Assert.Equal((true, false, true, false), (r3 < r4, r4 < r3, r3 <= r4, r4 <= r3));
        Assert.Equal((true, false, true, false), (r4 > r3, r3 > r4, r4 >= r3, r3 >= r4));
        var alsoR3 = new FiscalYear(2021);
        Assert.False(r3 < alsoR3);
        Assert.False(r3 > alsoR3);
        Assert.True(r3 <= alsoR3);
        Assert.True(r3 >= alsoR3);
        Assert.True(r3.CompareTo(r4) < 0);
    }
}
