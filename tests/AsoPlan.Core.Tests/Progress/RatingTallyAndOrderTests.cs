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
}
