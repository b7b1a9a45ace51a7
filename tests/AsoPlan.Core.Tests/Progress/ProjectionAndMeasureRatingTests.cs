using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

public class ProjectionAndMeasureRatingTests
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
    public void Measure_with_A_B_D_averages_2_67_and_is_B()
    {
        var rating = MeasureRating.Combine([AchievementRating.A, AchievementRating.B, AchievementRating.D]);

        Assert.Equal(AchievementRating.B, rating.Rating);
        Assert.Equal(1, rating.Counts[AchievementRating.A]);
        Assert.Equal(0, rating.Counts[AchievementRating.C]);
        Assert.Contains("指標3件", rating.Explanation);
        Assert.Contains("2.67", rating.Explanation);
    }

    [Fact]
    public void Measure_half_A_half_B_rounds_up_to_A()
    {
        Assert.Equal(AchievementRating.A, MeasureRating.Combine([AchievementRating.A, AchievementRating.B]).Rating);
    }

    [Fact]
    public void Measure_without_rated_indicators_has_no_rating()
    {
        var rating = MeasureRating.Combine([]);

        Assert.Null(rating.Rating);
        Assert.Null(rating.MeanScore);
    }
}
