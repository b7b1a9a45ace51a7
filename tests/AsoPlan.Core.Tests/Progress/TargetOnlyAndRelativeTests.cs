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

    [Theory]
    // A decrease indicator without a baseline, as plan editing allows: 要介護(支援)認定率 — → 19.5%.
    // The share is target ÷ actual, so a lower value is better.
    [InlineData(19.5, AchievementRating.A, "100.0%")]   // 19.5 ÷ 19.5
    [InlineData(15.6, AchievementRating.A, "125.0%")]   // below the target: better than promised
    [InlineData(24.375, AchievementRating.B, "80.0%")]  // 19.5 ÷ 24.375
    [InlineData(39, AchievementRating.C, "50.0%")]      // twice the target
    [InlineData(39.1, AchievementRating.D, "49.8%")]
    [InlineData(0, AchievementRating.A, "100.0%")]      // nothing at all: nothing to divide by, and as good as it gets
    public void A_decrease_without_a_baseline_is_rated_by_target_over_actual(double actual, AchievementRating expected, string share)
    {
        var result = calculator.Evaluate(Goals.CareNeedRateWithoutBaseline, 2022, (decimal)actual);

        Assert.Equal(AchievementMethod.TargetOnly, result.Method);
        Assert.Equal(expected, result.Rating);
        Assert.Equal(19.5m, result.Target);
        Assert.False(result.WorseThanBaseline); // nothing to be worse than
        Assert.Equal($"基準値がないため目標値との比で評価: {share} → {EvaluationLabels.Label(expected, EvaluationStage.Interim)}", result.Explanation);
    }

    [Fact]
    public void A_lower_value_of_a_decrease_without_a_baseline_is_never_rated_lower()
    {
        var values = Enumerable.Range(0, 80).Select(k => 60m - (k * 0.75m)).ToList(); // 60% down to 0.75%, worst to best
        var ratings = values.Select(v => calculator.Evaluate(Goals.CareNeedRateWithoutBaseline, 2024, v).Rating).ToList();

        Assert.Equal(ratings.Order(), ratings);
        Assert.Equal(AchievementRating.D, ratings[0]);
        Assert.Equal(AchievementRating.A, ratings[^1]);
    }

    [Theory]
    // An increase without a baseline whose target is 0: any value at or above it is the target reached.
    [InlineData(0, AchievementRating.A)]
    [InlineData(3, AchievementRating.A)]
    [InlineData(-1, AchievementRating.D)]
    public void An_increase_without_a_baseline_towards_zero_is_met_at_zero(int actual, AchievementRating expected)
    {
        var goal = Goals.FarmlandConsolidation with { TargetValue = 0m };

        Assert.Equal(expected, calculator.Evaluate(goal, 2022, actual).Rating);
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
