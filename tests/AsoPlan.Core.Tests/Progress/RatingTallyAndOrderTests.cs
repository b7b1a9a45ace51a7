using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

public class RatingTallyAndOrderTests
{
    private readonly AchievementCalculator calculator = AchievementCalculator.Default;

    [Fact]
    public void Tally_counts_bands_unrated_and_worse_than_baseline_separately()
    {
        // R3 hunters: 109 → A, 108 → B, 100 → D and below the 105 baseline; waste 923 g → A but above 922 g; one not entered
        var tally = RatingTally.Of(
        [
            calculator.Evaluate(Goals.HunterCount, 2021, 109),
            calculator.Evaluate(Goals.HunterCount, 2021, 108),
            calculator.Evaluate(Goals.HunterCount, 2021, 100),
            calculator.Evaluate(Goals.WastePerPerson, 2021, 923),
            null,
        ]);

        Assert.Equal(new RatingTally(2, 1, 0, 1, 1, 2), tally);
        Assert.Equal(4, tally.Rated);
        Assert.Equal(5, tally.Total);
        Assert.Equal(2, tally.Count(AchievementRating.A));
    }

    [Fact]
    public void Tallies_add_up()
    {
        var sum = new RatingTally(1, 2, 3, 4, 5, 6) + new RatingTally(10, 20, 30, 40, 50, 60);

        Assert.Equal(new RatingTally(11, 22, 33, 44, 55, 66), sum);
        Assert.Equal(165, sum.Total); // 11 + 22 + 33 + 44 rated + 55 unrated
    }

    [Fact]
    public void Furthest_behind_comes_first()
    {
        // Within D, values worse than the baseline come first: 100人 (progress −33.3%) before 2 waiting
        // children (a missed ceiling stands at 0), both before 106人 (26.7% of R3's share, on the right side).
        // Then C (107人), then A (109人).
        var results = new (string Name, Achievement Result)[]
        {
            ("A", calculator.Evaluate(Goals.HunterCount, 2021, 109)),
            ("C", calculator.Evaluate(Goals.HunterCount, 2021, 107)),
            ("D on track side", calculator.Evaluate(Goals.HunterCount, 2021, 106)),
            ("D missed ceiling", calculator.Evaluate(Goals.WaitingChildren, 2021, 2)),
            ("D below baseline", calculator.Evaluate(Goals.HunterCount, 2021, 100)),
        };

        var order = results.FurthestBehindFirst(r => r.Result).Select(r => r.Name).ToList();

        Assert.Equal(["D below baseline", "D missed ceiling", "D on track side", "C", "A"], order);
    }

    [Fact]
    public void A_threshold_stands_at_0_when_missed_and_1_when_met_and_a_path_at_its_share()
    {
        var missed = calculator.Evaluate(Goals.WaitingChildren, 2021, 2);
        var met = calculator.Evaluate(Goals.WaitingChildren, 2021, 0);
        var path = calculator.Evaluate(Goals.HunterCount, 2021, 106);

        Assert.Equal(0m, BehindOrder.Standing(missed));
        Assert.Equal(1m, BehindOrder.Standing(met));
        Assert.Equal(path.ShareOfPath, BehindOrder.Standing(path));
        Assert.Equal(0.2667m, decimal.Round(BehindOrder.Standing(path), 4)); // (1 ÷ 15) ÷ 0.25
    }

    [Fact]
    public void Within_a_band_and_the_same_side_of_the_baseline_the_smaller_share_comes_first()
    {
        // All A and none worse than the baseline: the met ceiling (1) before 109人 (106.7%) before 120人 (400%)
        var results = new (string Name, Achievement Result)[]
        {
            ("120人", calculator.Evaluate(Goals.HunterCount, 2021, 120)),
            ("109人", calculator.Evaluate(Goals.HunterCount, 2021, 109)),
            ("0人 met", calculator.Evaluate(Goals.WaitingChildren, 2021, 0)),
        };

        Assert.Equal(["0人 met", "109人", "120人"], results.FurthestBehindFirst(r => r.Result).Select(r => r.Name));
    }

    [Fact]
    public void A_value_worse_than_the_baseline_comes_first_within_its_band()
    {
        // Both A and both standing at 1: ごみ 923 g meets the 924 g ceiling but is worse than 922 g; 108.75人 is exactly on the path
        var results = new (string Name, Achievement Result)[]
        {
            ("108.75人", calculator.Evaluate(Goals.HunterCount, 2021, 108.75m)),
            ("923 g", calculator.Evaluate(Goals.WastePerPerson, 2021, 923)),
        };

        Assert.Equal(["923 g", "108.75人"], results.FurthestBehindFirst(r => r.Result).Select(r => r.Name));
    }
}
