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
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(1, false)]
    public void Dmat_two_teams_or_more(int teams, bool met)
    {
        Assert.Equal(met, calculator.Evaluate(Goals.DmatTeams, 2024, teams).ThresholdMet);
    }

    [Fact]
    public void Patient_satisfaction_without_baseline_is_a_floor_of_4_5()
    {
        Assert.True(calculator.Evaluate(Goals.PatientSatisfaction, 2022, 4.6m).ThresholdMet);
        var missed = calculator.Evaluate(Goals.PatientSatisfaction, 2022, 4.4m);
        Assert.False(missed.ThresholdMet);
        Assert.False(missed.WorseThanBaseline);
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
