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
}
