using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

public class TargetOnlyAndRelativeTests
{
    private readonly AchievementCalculator calculator = AchievementCalculator.Default;

    [Theory]
    [InlineData(80, AchievementRating.A)] // 80 / 80 = 100%
    [InlineData(64, AchievementRating.B)] // 64 / 80 = 80%
    [InlineData(60, AchievementRating.C)] // 60 / 80 = 75%
    [InlineData(30, AchievementRating.D)] // 30 / 80 = 37.5%
    public void No_baseline_is_compared_with_the_target_only(int actual, AchievementRating expected)
    {
        var result = calculator.Evaluate(Goals.FarmlandConsolidation, 2022, actual);

        Assert.Equal(AchievementMethod.TargetOnly, result.Method);
        Assert.Equal(expected, result.Rating);
        Assert.Null(result.ExpectedValue);
        Assert.Contains("基準値がない", result.Explanation);
    }

    [Fact]
    public void Ten_percent_gain_on_3432_resolves_to_3776()
    {
        // 3,432 × 1.10 = 3,775.2, rounded up so that reaching it really is a 10% gain
        Assert.Equal(3776m, TargetResolver.Resolve(Goals.SharedTaxiIndicator));
    }

    [Fact]
    public void Relative_target_is_judged_on_its_resolved_value()
    {
        // R6 3,700: (3,700 − 3,432) / (3,776 − 3,432) = 268 / 344 = 77.9% → C
        var goal = IndicatorGoal.For(Goals.SharedTaxiIndicator);
        var result = calculator.Evaluate(goal, 2024, 3700);

        Assert.Equal(3776m, goal.TargetValue);
        Assert.Equal(268m / 344m, result.ProgressRate);
        Assert.Equal(AchievementRating.C, result.Rating);
    }

    [Fact]
    public void Relative_target_without_baseline_cannot_be_resolved()
    {
        var indicator = Goals.SharedTaxiIndicator;
        indicator.BaselineValue = null;

        Assert.Null(TargetResolver.Resolve(indicator));
        Assert.Throws<InvalidOperationException>(() => IndicatorGoal.For(indicator));
    }

    [Fact]
    public void Relative_decrease_rounds_down()
    {
        Assert.Equal(19.0m, TargetResolver.RoundTowards(19.08m, 1, up: false));
        Assert.Equal(19.1m, TargetResolver.RoundTowards(19.08m, 1, up: true));
    }
}
