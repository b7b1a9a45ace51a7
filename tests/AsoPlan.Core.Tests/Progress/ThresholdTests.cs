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

    [Fact]
    public void The_derivation_names_the_rule_and_the_signed_margin()
    {
        Assert.Equal("目標値以下を維持: 目標値との差 +6 → 目標値を上回る（D 遅れ）", calculator.Evaluate(Goals.WastePerPerson, 2022, 930).Explanation);
        Assert.Equal("目標値以下を維持: 目標値との差 -24 → 目標値以下（A 順調）", calculator.Evaluate(Goals.WastePerPerson, 2022, 900).Explanation);
        Assert.Equal("目標値以上を維持: 目標値との差 -0.1 → 目標値を下回る（D 遅れ）", calculator.Evaluate(Goals.SewageCoverage, 2023, 64.90m).Explanation);
        Assert.Equal("目標値以下を維持: 目標値との差 ±0 → 目標値以下（A 順調）", calculator.Evaluate(Goals.WaitingChildren, 2023, 0).Explanation);
    }

    [Fact]
    public void A_decrease_whose_target_is_its_baseline_is_a_ceiling()
    {
        // 要介護(支援)認定率 kept at 21.2%: above it is missed, at or below it is met
        var keep = Goals.CareNeedRate with { TargetValue = 21.2m };

        var above = calculator.Evaluate(keep, 2022, 21.5m);
        var below = calculator.Evaluate(keep, 2022, 21.0m);

        Assert.Equal((AchievementMethod.Threshold, false, false, AchievementRating.D, true), (above.Method, above.ThresholdMet, above.Floor, above.Rating, above.WorseThanBaseline));
        Assert.Equal((true, AchievementRating.A, false), (below.ThresholdMet, below.Rating, below.WorseThanBaseline));
    }

    [Fact]
    public void An_increase_whose_target_is_its_baseline_is_a_floor()
    {
        var keep = Goals.HunterCount with { TargetValue = 105m };

        Assert.Equal((true, AchievementRating.D), (calculator.Evaluate(keep, 2022, 104m).Floor, calculator.Evaluate(keep, 2022, 104m).Rating));
        Assert.Equal(AchievementRating.A, calculator.Evaluate(keep, 2022, 105m).Rating);
    }
}
