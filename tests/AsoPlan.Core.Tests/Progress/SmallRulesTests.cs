using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Tests.Progress.Seed;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>Small rules the pages read: direction words, whether an indicator is measured in a year, on track, 訂正中.</summary>
public class SmallRulesTests
{
    [Theory]
    [InlineData(IndicatorDirection.Increase, "増加を目指す")]
    [InlineData(IndicatorDirection.Decrease, "減少を目指す")]
    [InlineData(IndicatorDirection.AtLeast, "目標値以上を維持")]
    [InlineData(IndicatorDirection.AtMost, "目標値以下を維持")]
    public void Each_direction_has_the_words_citizens_read(IndicatorDirection direction, string words)
    {
        Assert.Equal(words, direction.Japanese());
    }

    [Fact]
    public void An_unknown_direction_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((IndicatorDirection)99).Japanese());
    }

    [Fact]
    public void An_indicator_retired_from_R5_is_measured_until_R4()
    {
        var indicator = SeedIndicators.ByCode("M03-I01");
        Assert.True(indicator.IsActiveIn(2024)); // never retired

        indicator.RetiredFromFiscalYear = 2023;

        Assert.True(indicator.IsActiveIn(2022));
        Assert.False(indicator.IsActiveIn(2023));
        Assert.False(indicator.IsActiveIn(2024));
    }

    [Theory]
    [InlineData(109, true)]  // A
    [InlineData(108, true)]  // B
    [InlineData(107, false)] // C
    [InlineData(106, false)] // D
    public void On_track_means_at_least_B(int hunters, bool onTrack)
    {
        Assert.Equal(onTrack, AchievementCalculator.Default.Evaluate(Goals.HunterCount, 2021, hunters).OnTrack);
    }

    [Fact]
    public void A_record_is_being_corrected_while_it_has_a_correction_reason()
    {
        var record = new PdcaRecord { State = RecordState.Returned };
        Assert.False(record.IsCorrecting);

        record.CorrectionReason = "集計に誤りがあったため";

        Assert.True(record.IsCorrecting);
    }

    [Fact]
    public void A_tally_counts_each_band_in_its_own_place()
    {
        var calculator = AchievementCalculator.Default;
        var tally = RatingTally.Of([calculator.Evaluate(Goals.HunterCount, 2021, 107), calculator.Evaluate(Goals.HunterCount, 2021, 107), calculator.Evaluate(Goals.HunterCount, 2021, 106)]);

        Assert.Equal(new RatingTally(0, 0, 2, 1, 0, 0), tally);
        Assert.Equal(2, tally.Count(AchievementRating.C));
    }
}
