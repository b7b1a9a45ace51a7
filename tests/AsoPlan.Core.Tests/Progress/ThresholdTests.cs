using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

public class ThresholdTests
{
    private readonly AchievementCalculator calculator = AchievementCalculator.Default;

    [Fact]
    public void Waste_ceiling_930g_is_missed_by_6g()
    {
        // ceiling 924 g: 930 − 924 = +6
        var result = calculator.Evaluate(Goals.WastePerPerson, 2022, 930);

        Assert.Equal(AchievementMethod.Threshold, result.Method);
        Assert.False(result.ThresholdMet);
        Assert.Equal(6m, result.Margin);
        Assert.Equal(AchievementRating.D, result.Rating);
        Assert.True(result.WorseThanBaseline);
    }

    [Fact]
    public void Waste_923g_meets_the_ceiling_but_is_worse_than_922g_baseline()
    {
        var result = calculator.Evaluate(Goals.WastePerPerson, 2022, 923);

        Assert.True(result.ThresholdMet);
        Assert.Equal(AchievementRating.A, result.Rating);
        Assert.True(result.WorseThanBaseline);
    }

    [Fact]
    public void Waste_going_down_is_achieved_and_not_flagged()
    {
        var result = calculator.Evaluate(Goals.WastePerPerson, 2022, 900);

        Assert.True(result.ThresholdMet);
        Assert.False(result.WorseThanBaseline);
        Assert.Equal(-24m, result.Margin);
    }

    [Theory]
    [InlineData(0, true, AchievementRating.A)]
    [InlineData(3, false, AchievementRating.D)]
    public void Waiting_children_kept_at_zero(int actual, bool met, AchievementRating rating)
    {
        var result = calculator.Evaluate(Goals.WaitingChildren, 2023, actual);

        Assert.Equal(met, result.ThresholdMet);
        Assert.Equal(rating, result.Rating);
        Assert.Equal(actual, result.Margin);
    }

    [Fact]
    public void Sewage_floor_65_10_is_met_although_below_the_65_33_baseline()
    {
        var result = calculator.Evaluate(Goals.SewageCoverage, 2023, 65.10m);

        Assert.True(result.ThresholdMet);
        Assert.Equal(0.10m, result.Margin);
        Assert.True(result.WorseThanBaseline);
    }

    [Fact]
    public void Sewage_floor_64_90_is_missed_by_0_10()
    {
        var result = calculator.Evaluate(Goals.SewageCoverage, 2023, 64.90m);

        Assert.False(result.ThresholdMet);
        Assert.Equal(-0.10m, result.Margin);
        Assert.Equal(AchievementRating.D, result.Rating);
    }

    [Theory]
    // floor 16.0ha (baseline 21.4ha): 17.0 − 16.0 = +1.0, met, but below 21.4 so flagged
    [InlineData(17.0, true, 1.0, true)]
    // 21.5 is above the baseline too: met, not flagged
    [InlineData(21.5, true, 5.5, false)]
    // 15.9 − 16.0 = −0.1: missed
    [InlineData(15.9, false, -0.1, true)]
    public void Brokerage_floor_of_16_ha(double actual, bool met, double margin, bool worse)
    {
        var result = calculator.Evaluate(Goals.FarmlandBrokerage, 2022, (decimal)actual);

        Assert.Equal(AchievementMethod.Threshold, result.Method);
        Assert.Equal(met, result.ThresholdMet);
        Assert.Equal((decimal)margin, result.Margin);
        Assert.Equal(worse, result.WorseThanBaseline);
        Assert.Equal(met ? AchievementRating.A : AchievementRating.D, result.Rating);
    }

    [Fact]
    public void Increase_whose_target_equals_its_baseline_reads_as_a_floor()
    {
        var flat = new IndicatorGoal(Plan.IndicatorDirection.Increase, 0, 2020, 50m, 2024, 50m);

        var result = calculator.Evaluate(flat, 2022, 49);

        Assert.Equal(AchievementMethod.Threshold, result.Method);
        Assert.False(result.ThresholdMet);
    }
}
