using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>Per-year targets replace the straight path: the expected path runs through them.</summary>
public class YearTargetPathTests
{
    private readonly AchievementCalculator calculator = AchievementCalculator.Default;

    // M03-I01 有害鳥獣捕獲従事者数 105人 (R2) → 120人 (R6); the straight path expects 108.75人 in R3.
    // A slow start: R3 106人, R4 108人, nothing set for R5 (halfway between 108 and 120 = 114).
    private static IndicatorGoal SlowStart => Goals.HunterCount with { YearTargets = [new(2021, 106m), new(2022, 108m)] };

    [Fact]
    public void A_year_with_its_own_target_expects_exactly_that_value()
    {
        Assert.Equal(106m, AchievementCalculator.ExpectedValue(SlowStart, 2021));
        Assert.Equal(108m, AchievementCalculator.ExpectedValue(SlowStart, 2022));
        Assert.Equal(120m, AchievementCalculator.ExpectedValue(SlowStart, 2024));
    }

    [Fact]
    public void A_year_between_set_targets_expects_the_straight_line_between_them()
    {
        Assert.Equal(114m, AchievementCalculator.ExpectedValue(SlowStart, 2023));
        Assert.Equal(0.6m, AchievementCalculator.ExpectedProgress(SlowStart, 2023));
    }

    [Fact]
    public void Meeting_the_year_target_is_A_although_the_straight_path_would_rate_it_lower()
    {
        var withTargets = calculator.Evaluate(SlowStart, 2021, 106m);
        var straight = calculator.Evaluate(Goals.HunterCount, 2021, 106m);

        Assert.Equal(AchievementRating.A, withTargets.Rating);
        Assert.Equal(1m, withTargets.ShareOfPath);
        Assert.Equal(AchievementRating.D, straight.Rating);
        Assert.Contains("年度別目標値", withTargets.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Falling_short_of_a_year_target_is_rated_by_the_share_of_it()
    {
        // R4 expects 108 (3 of 15 = 20%); 107 is 2 of 15 = 13.3%, two thirds of the expected → C.
        var result = calculator.Evaluate(SlowStart, 2022, 107m);

        Assert.Equal(AchievementRating.C, result.Rating);
        Assert.Equal(108m, result.ExpectedValue);
    }

    [Fact]
    public void A_decrease_follows_its_year_targets_too()
    {
        // M11-I05 要介護(支援)認定率 21.2% → 19.5%: R4 set to 21.0% instead of the straight 20.35%.
        var goal = Goals.CareNeedRate with { YearTargets = [new(2022, 21.0m)] };

        Assert.Equal(21.0m, AchievementCalculator.ExpectedValue(goal, 2022));
        Assert.Equal(AchievementRating.A, calculator.Evaluate(goal, 2022, 21.0m).Rating);
        Assert.Equal(AchievementRating.D, calculator.Evaluate(Goals.CareNeedRate, 2022, 21.0m).Rating);
    }

    [Fact]
    public void A_threshold_is_judged_against_the_year_target_where_one_is_set()
    {
        // M14-I02 汚水処理人口普及率: floor 65.00%; R3's own floor 64.50%.
        var goal = Goals.SewageCoverage with { YearTargets = [new(2021, 64.50m)] };

        var r3 = calculator.Evaluate(goal, 2021, 64.80m);
        var r4 = calculator.Evaluate(goal, 2022, 64.80m);

        Assert.True(r3.ThresholdMet);
        Assert.Equal(64.50m, r3.Target);
        Assert.False(r4.ThresholdMet);
        Assert.Equal(65.00m, r4.Target);
    }

    [Fact]
    public void Without_a_baseline_a_year_is_compared_with_its_own_target()
    {
        // M03-I06 担い手・農業法人への農地集積率 - → 80%: R3 set to 60%.
        var goal = Goals.FarmlandConsolidation with { YearTargets = [new(2021, 60m)] };

        Assert.Equal(AchievementRating.A, calculator.Evaluate(goal, 2021, 60m).Rating);
        Assert.Equal(AchievementRating.C, calculator.Evaluate(goal, 2022, 60m).Rating);
    }

    [Fact]
    public void Without_year_targets_the_straight_path_is_unchanged()
    {
        var goal = Goals.HunterCount with { YearTargets = [] };

        Assert.Equal(108.75m, AchievementCalculator.ExpectedValue(goal, 2021));
        Assert.Equal(0.25m, AchievementCalculator.ExpectedProgress(goal, 2021));
    }

    [Fact]
    public void The_goal_of_an_indicator_carries_its_year_targets_in_year_order()
    {
        var indicator = Seed.SeedIndicators.ByCode("M03-I01");
        indicator.YearTargets = [new() { FiscalYear = 2022, Value = 108m }, new() { FiscalYear = 2021, Value = 106m }];

        var goal = IndicatorGoal.For(indicator);

        Assert.Equal([new YearValue(2021, 106m), new YearValue(2022, 108m)], goal.YearTargets);
    }

    [Fact]
    public void A_year_target_set_for_the_target_year_itself_does_not_replace_the_final_target()
    {
        var goal = Goals.HunterCount with { YearTargets = [new(2021, 106m), new(2024, 118m)] };

        Assert.Equal(106m, goal.TargetFor(2021));
        Assert.Equal(120m, goal.TargetFor(2024));
        Assert.Equal(120m, goal.TargetFor(2022)); // no year target: the final one
    }

    [Fact]
    public void A_baseline_year_without_a_baseline_value_is_no_baseline()
    {
        var indicator = Seed.SeedIndicators.ByCode("M03-I06"); // 農地集積率 - → 80%
        indicator.BaselineFiscalYear = 2020;

        var goal = IndicatorGoal.For(indicator);

        Assert.Null(goal.BaselineFiscalYear);
        Assert.False(goal.HasBaseline);
    }

    [Fact]
    public void A_year_before_the_first_set_target_expects_the_line_from_the_baseline()
    {
        // only R4 set (108人): R3 lies halfway between the baseline 105人 (R2) and 108人
        var goal = Goals.HunterCount with { YearTargets = [new(2022, 108m)] };

        Assert.Equal(106.5m, AchievementCalculator.ExpectedValue(goal, 2021));
    }

    [Fact]
    public void A_year_two_years_after_a_set_target_is_two_thirds_of_the_way_to_the_final_target()
    {
        // only R3 set (106人): R5 expects 106 + (120 − 106) × 2 ÷ 3
        var goal = Goals.HunterCount with { YearTargets = [new(2021, 106m)] };

        Assert.Equal(115.33m, decimal.Round(AchievementCalculator.ExpectedValue(goal, 2023)!.Value, 2));
    }

    [Fact]
    public void Targets_set_for_the_baseline_year_or_the_target_year_do_not_bend_the_path()
    {
        var goal = Goals.HunterCount with { YearTargets = [new(2020, 200m), new(2024, 130m)] };

        Assert.Equal(112.5m, AchievementCalculator.ExpectedValue(goal, 2022)); // the straight path
        Assert.Equal(120m, AchievementCalculator.ExpectedValue(goal, 2024));
    }

    [Fact]
    public void After_the_target_year_the_whole_path_is_expected()
    {
        Assert.Equal(1m, AchievementCalculator.ExpectedProgress(Goals.HunterCount, 2025));
        Assert.Equal(1m, AchievementCalculator.ExpectedProgress(SlowStart, 2026));
        Assert.Equal(1m, AchievementCalculator.ExpectedProgress(Goals.HunterCount with { BaselineFiscalYear = null, BaselineValue = null }, 2022));
    }

    [Fact]
    public void A_baseline_year_that_is_the_target_year_expects_everything_at_once()
    {
        var goal = Goals.HunterCount with { BaselineFiscalYear = 2024 };

        Assert.Equal(1m, AchievementCalculator.ExpectedProgress(goal, 2023));
    }

    [Fact]
    public void A_year_not_after_the_baseline_year_is_refused_with_a_reason()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => AchievementCalculator.ExpectedProgress(Goals.HunterCount, 2020));

        Assert.StartsWith("実績の年度は基準年度より後である必要があります。", thrown.Message, StringComparison.Ordinal);
    }
}
