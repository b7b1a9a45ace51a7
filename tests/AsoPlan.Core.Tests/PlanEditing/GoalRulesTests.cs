using AsoPlan.Core.Plan;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Tests.Progress;

namespace AsoPlan.Core.Tests.PlanEditing;

public class GoalRulesTests
{
    [Theory]
    [InlineData(IndicatorDirection.Increase, 105, 120, true)]
    [InlineData(IndicatorDirection.Increase, 105, 105, false)]
    [InlineData(IndicatorDirection.Increase, 105, 100, false)]
    [InlineData(IndicatorDirection.Decrease, 21.2, 19.5, true)]
    [InlineData(IndicatorDirection.Decrease, 21.2, 22, false)]
    [InlineData(IndicatorDirection.AtMost, 922, 924, true)]
    [InlineData(IndicatorDirection.AtLeast, 65.33, 65.00, true)]
    public void The_direction_must_fit_the_baseline_and_the_target(IndicatorDirection direction, double baseline, double target, bool fits)
    {
        var problem = GoalRules.DirectionProblem(direction, (decimal)baseline, (decimal)target);

        Assert.Equal(fits, problem is null);
    }

    [Fact]
    public void Without_a_baseline_any_direction_fits()
    {
        Assert.Null(GoalRules.DirectionProblem(IndicatorDirection.Decrease, null, 80m));
    }

    [Fact]
    public void Year_targets_on_the_way_to_the_target_are_accepted()
    {
        var problems = GoalRules.YearTargetProblems(Goals.HunterCount, [new(2021, 106m), new(2022, 108m), new(2023, 120m)]);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(2021, 105, "令和3年度の目標値は、基準値から最終目標値の方向に進んだ")] // the baseline itself
    [InlineData(2021, 100, "令和3年度の目標値は、基準値から最終目標値の方向に進んだ")] // the wrong way
    [InlineData(2022, 121, "令和4年度の目標値は、基準値から最終目標値の方向に進んだ")] // past the target
    [InlineData(2024, 118, "令和6年度には年度別目標値を設定できません")] // the target year
    [InlineData(2020, 106, "令和2年度には年度別目標値を設定できません")] // the baseline year
    public void A_year_target_off_the_way_is_refused_with_its_year(int year, int value, string message)
    {
        var problems = GoalRules.YearTargetProblems(Goals.HunterCount, [new(year, value)]);

        var problem = Assert.Single(problems);
        Assert.Equal(year, problem.FiscalYear);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_target_that_goes_back_is_refused()
    {
        var problems = GoalRules.YearTargetProblems(Goals.HunterCount, [new(2021, 110m), new(2022, 108m)]);

        var problem = Assert.Single(problems);
        Assert.Equal(2022, problem.FiscalYear);
        Assert.Contains("後退", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_goes_down_year_by_year()
    {
        Assert.Empty(GoalRules.YearTargetProblems(Goals.CareNeedRate, [new(2021, 21.0m), new(2022, 20.5m)]));
        Assert.Single(GoalRules.YearTargetProblems(Goals.CareNeedRate, [new(2021, 21.5m)]));
    }

    [Fact]
    public void A_threshold_may_set_any_value_for_a_year()
    {
        Assert.Empty(GoalRules.YearTargetProblems(Goals.SewageCoverage, [new(2021, 64.0m), new(2022, 66.0m)]));
    }

    [Fact]
    public void The_direction_problems_say_which_direction_to_choose_instead()
    {
        Assert.Equal(
            "「増加を目指す」指標の目標値は基準値より大きくしてください。基準値を下回らないことが目標なら、方向を「目標値以上を維持」にしてください。",
            GoalRules.DirectionProblem(IndicatorDirection.Increase, 105m, 105m));
        Assert.Equal(
            "「減少を目指す」指標の目標値は基準値より小さくしてください。基準値を上回らないことが目標なら、方向を「目標値以下を維持」にしてください。",
            GoalRules.DirectionProblem(IndicatorDirection.Decrease, 21.2m, 21.2m));
    }

    [Fact]
    public void A_year_that_cannot_have_a_target_is_named_once_whatever_its_value()
    {
        var problem = Assert.Single(GoalRules.YearTargetProblems(Goals.HunterCount, [new(2020, 100m)]));

        Assert.Equal((2020, "令和2年度には年度別目標値を設定できません。基準年度の翌年度から目標年度の前年度までの年度に設定してください。"), problem);
    }

    [Fact]
    public void A_year_target_may_stay_where_the_year_before_left_it()
    {
        Assert.Empty(GoalRules.YearTargetProblems(Goals.HunterCount, [new(2021, 108m), new(2022, 108m)]));
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase, 105.0, 120.0, false)]
    [InlineData(IndicatorDirection.Increase, 105.0, 105.0, true)]
    [InlineData(IndicatorDirection.Increase, 105.0, 90.0, true)]
    [InlineData(IndicatorDirection.Increase, null, 120.0, true)]
    [InlineData(IndicatorDirection.Increase, 105.0, null, false)]
    [InlineData(IndicatorDirection.Decrease, 922.0, 900.0, true)]
    [InlineData(IndicatorDirection.AtLeast, 65.1, 70.0, true)]
    public void A_direction_other_than_an_increase_above_the_baseline_needs_its_reason(IndicatorDirection direction, double? baseline, double? target, bool needed)
    {
        Assert.Equal(needed, GoalRules.NeedsDirectionReason(direction, (decimal?)baseline, (decimal?)target));
    }
}
