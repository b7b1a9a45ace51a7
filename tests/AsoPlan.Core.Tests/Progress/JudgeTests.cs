using AsoPlan.Core.Progress;
using AsoPlan.Core.Tests.Progress.Seed;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>The one rule for whether a value is judged (<see cref="AchievementCalculator.Judge"/>), used by every page, report, file and publication.</summary>
public class JudgeTests
{
    private readonly AchievementCalculator calculator = AchievementCalculator.Default;

    [Fact]
    public void A_value_after_the_baseline_year_is_judged_as_evaluating_it_would()
    {
        Assert.Equal(calculator.Evaluate(Goals.HunterCount, 2022, 112), calculator.Judge(Goals.HunterCount, 2022, 112));
    }

    [Fact]
    public void Nothing_entered_is_not_judged()
    {
        Assert.Null(calculator.Judge(Goals.HunterCount, 2022, null));
    }

    [Fact]
    public void Without_a_goal_nothing_is_judged()
    {
        // M18-I03 10%向上 with its baseline gone: no target to judge by, so no goal and no 達成度
        var indicator = Goals.SharedTaxiIndicator;
        indicator.BaselineValue = null;

        Assert.Null(IndicatorGoal.TryFor(indicator));
        Assert.Null(calculator.Judge(IndicatorGoal.TryFor(indicator), 2022, 3700m));
    }

    [Fact]
    public void A_resolvable_goal_judges_as_the_goal_For_builds()
    {
        // M18-I03 3,432人 → 10%向上 (3,776人): R6 3,700 → C either way
        var goal = IndicatorGoal.TryFor(Goals.SharedTaxiIndicator);

        Assert.Equal(3776m, goal?.TargetValue);
        Assert.Equal(calculator.Evaluate(IndicatorGoal.For(Goals.SharedTaxiIndicator), 2024, 3700), calculator.Judge(goal, 2024, 3700));
    }

    [Fact]
    public void A_retired_indicator_is_judged_before_its_retirement_year_only()
    {
        // M03-I01 有害鳥獣捕獲従事者数 105人 → 120人, measured no more from R5
        var indicator = SeedIndicators.ByCode("M03-I01");
        indicator.RetiredFromFiscalYear = 2023;
        var goal = IndicatorGoal.For(indicator);

        Assert.Equal(AchievementRating.A, calculator.Judge(goal, 2022, 120m)?.Rating);
        Assert.Null(calculator.Judge(goal, 2023, 120m));
        Assert.Null(calculator.Judge(goal, 2024, 120m));
    }
}
