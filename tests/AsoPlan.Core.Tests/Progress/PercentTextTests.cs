using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>Printed shares agree with their band: cut towards the smaller number, never rounded across a bound.</summary>
public class PercentTextTests
{
    [Theory]
    [InlineData(0.9999995, "99.9%")]
    [InlineData(1.0, "100.0%")]
    [InlineData(0.8, "80.0%")]
    [InlineData(0.79999, "79.9%")]
    [InlineData(0.4999, "49.9%")]
    [InlineData(1.23456, "123.4%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(-0.0005, "-0.1%")]     // below a bound of 0 stays below it
    [InlineData(-0.33335, "-33.4%")]
    public void Shares_are_cut_to_one_decimal(double ratio, string printed)
    {
        Assert.Equal(printed, PercentText.Floor((decimal)ratio));
    }

    [Fact]
    public void Ratios_for_percent_cells_are_cut_to_the_same_grid()
    {
        Assert.Equal(0.999m, PercentText.FloorRatio(0.9999995m));
        Assert.Equal(99.9m, PercentText.FloorPercent(0.9999995m));
        Assert.Equal(-0.001m, PercentText.FloorRatio(-0.0005m));
    }

    [Fact]
    public void A_value_just_short_of_the_path_is_printed_below_100_and_rated_B()
    {
        // M04-I01 年間観光客入込数 3,298,769人 → 5,150,000人 expects 3,761,576.75人 in R3; 3,761,576人 is short of it
        var result = AchievementCalculator.Default.Evaluate(Goals.Of("M04-I01"), 2021, 3_761_576m);

        Assert.Equal(AchievementRating.B, result.Rating);
        Assert.Equal("99.9%", PercentText.Floor(result.ShareOfPath!.Value));
        Assert.Contains("に対し 99.9% → B おおむね順調", result.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("100.0%", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, 0.8, 0.5, true)]
    [InlineData(1.0, 0.805, 0.5, true)]   // 80.5% is on the 0.1% grid
    [InlineData(1.0, 0.8005, 0.5, false)] // 80.05% is not: a printed 80.0% could be either side
    [InlineData(1.0005, 0.8, 0.5, false)]
    [InlineData(1.0, 0.8, 0.5005, false)]
    [InlineData(1.0, 1.0, 0.5, false)]
    [InlineData(1.0, 0.8, 0.8, false)]
    [InlineData(1.0, 0.8, -0.1, false)]
    [InlineData(1.0, 0.8, 0.0, true)]
    public void Bands_lie_on_the_printed_grid_and_descend(double a, double b, double c, bool valid)
    {
        Assert.Equal(valid, new RatingBands { A = (decimal)a, B = (decimal)b, C = (decimal)c }.IsValid);
    }
}
