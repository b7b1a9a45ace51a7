using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>The bands are inclusive lower bounds on the share of the expected path (docs/achievement.md, 「評価の区分」).</summary>
public class RatingBandsTests
{
    [Theory]
    [InlineData(1.25, AchievementRating.A)]
    [InlineData(1.0, AchievementRating.A)]     // exactly on the path
    [InlineData(0.999, AchievementRating.B)]
    [InlineData(0.8, AchievementRating.B)]     // exactly 80%
    [InlineData(0.799, AchievementRating.C)]
    [InlineData(0.5, AchievementRating.C)]     // exactly 50%
    [InlineData(0.499, AchievementRating.D)]
    [InlineData(0.0, AchievementRating.D)]
    [InlineData(-0.333, AchievementRating.D)]  // worse than the baseline
    public void A_share_on_a_bound_is_in_the_band_it_opens(double share, AchievementRating expected)
    {
        Assert.Equal(expected, RatingBands.Default.Rate((decimal)share));
    }

    [Theory]
    [InlineData(0.95, AchievementRating.B)]
    [InlineData(0.9, AchievementRating.B)]
    [InlineData(0.899, AchievementRating.C)]
    [InlineData(0.6, AchievementRating.C)]
    [InlineData(0.599, AchievementRating.D)]
    [InlineData(1.1, AchievementRating.A)]
    [InlineData(1.099, AchievementRating.B)]
    public void Configured_bounds_move_every_band(double share, AchievementRating expected)
    {
        var bands = new RatingBands { A = 1.1m, B = 0.9m, C = 0.6m };

        Assert.Equal(expected, bands.Rate((decimal)share));
    }

    [Fact]
    public void The_defaults_are_the_planning_offices_100_80_50()
    {
        Assert.Equal((1.00m, 0.80m, 0.50m), (RatingBands.Default.A, RatingBands.Default.B, RatingBands.Default.C));
        Assert.True(RatingBands.Default.IsValid);
    }
}
