using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

public class ProjectionTests
{
    [Fact]
    public void Steady_three_a_year_from_105_projects_117_for_R6()
    {
        // 105 (R2), 108 (R3), 111 (R4): +3 a year → R6 = 105 + 4 × 3 = 117
        var projection = AchievementCalculator.ProjectTargetYear(
            Goals.HunterCount,
            [new YearValue(2021, 108), new YearValue(2022, 111)]);

        Assert.Equal(117m, projection);
    }

    [Fact]
    public void Projection_needs_two_points()
    {
        Assert.Null(AchievementCalculator.ProjectTargetYear(Goals.FarmlandConsolidation, [new YearValue(2022, 60)]));
        Assert.NotNull(AchievementCalculator.ProjectTargetYear(Goals.FarmlandConsolidation, [new YearValue(2021, 50), new YearValue(2022, 60)]));
    }

    [Fact]
    public void The_baseline_is_one_of_the_points_of_the_line()
    {
        // 105 (R2), 110 (R3), 111 (R4): the least-squares slope through all three is 3 a year, so R6 ≈ 117.67;
        // the two actuals alone would give 1 a year and 113
        var projection = AchievementCalculator.ProjectTargetYear(Goals.HunterCount, [new YearValue(2021, 110), new YearValue(2022, 111)]);

        Assert.Equal(117.67m, decimal.Round(projection!.Value, 2));
    }

    [Fact]
    public void Uneven_points_give_the_least_squares_line()
    {
        // no baseline: (R3, 50), (R4, 70), (R5, 66): slope 8, mean 62 at R4 → R6 = 62 + 8 × 2 = 78
        var projection = AchievementCalculator.ProjectTargetYear(Goals.FarmlandConsolidation, [new YearValue(2021, 50), new YearValue(2022, 70), new YearValue(2023, 66)]);

        Assert.Equal(78m, projection);
    }
}
