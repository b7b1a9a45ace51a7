using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

/// <summary>
/// A measure's rating from its indicators: the mean of the scores against exclusive bounds, coverage,
/// 評価保留, and 未確定 that can never raise a rating. The results are real ones of M03-I01
/// 有害鳥獣捕獲従事者数 105人 → 120人 in R3 (expects 108.75人): 109人 A, 108人 B, 107人 C, 106人 D.
/// </summary>
public class MeasureRatingTests
{
    private static readonly AchievementCalculator Calculator = AchievementCalculator.Default;

    private static Achievement R3(AchievementRating rating) => Calculator.Evaluate(Goals.HunterCount, 2021, rating switch
    {
        AchievementRating.A => 109,
        AchievementRating.B => 108,
        AchievementRating.C => 107,
        _ => 106,
    });

    private static Achievement R6(AchievementRating rating) => Calculator.Evaluate(Goals.HunterCount, 2024, rating switch
    {
        AchievementRating.A => 120,
        AchievementRating.B => 118,
        AchievementRating.C => 113,
        _ => 106,
    });

    private static MeasureRating Combine(params Achievement?[] results) => MeasureRating.Combine(results);

    [Fact]
    public void The_four_R3_values_are_the_four_bands()
    {
        Assert.Equal(
            [AchievementRating.A, AchievementRating.B, AchievementRating.C, AchievementRating.D],
            new[] { AchievementRating.A, AchievementRating.B, AchievementRating.C, AchievementRating.D }.Select(r => R3(r).Rating));
        Assert.Equal(
            [AchievementRating.A, AchievementRating.B, AchievementRating.C, AchievementRating.D],
            new[] { AchievementRating.A, AchievementRating.B, AchievementRating.C, AchievementRating.D }.Select(r => R6(r).Rating));
    }

    [Fact]
    public void A_B_D_averages_2_67_and_is_B_with_its_derivation()
    {
        var rating = Combine(R3(AchievementRating.A), R3(AchievementRating.B), R3(AchievementRating.D));

        Assert.Equal(AchievementRating.B, rating.Rating);
        Assert.Equal(8m / 3m, rating.MeanScore);
        Assert.Equal(1, rating.Counts[AchievementRating.A]);
        Assert.Equal(1, rating.Counts[AchievementRating.B]);
        Assert.Equal(0, rating.Counts[AchievementRating.C]);
        Assert.Equal(1, rating.Counts[AchievementRating.D]);
        Assert.Equal("3件中3件を評価（A 1件・B 1件・D 1件）の平均点 2.67（A=4, B=3, C=2, D=1）→ B おおむね順調", rating.Explanation);
        Assert.Equal("B おおむね順調", rating.Label);
        Assert.Equal("3件中3件を評価", rating.Coverage);
        Assert.False(rating.Withheld);
    }

    [Theory]
    [InlineData("AB", AchievementRating.B)]    // 3.50 exactly: not A
    [InlineData("AAB", AchievementRating.A)]   // 3.67
    [InlineData("AAAB", AchievementRating.A)]  // 3.75
    [InlineData("AAAA", AchievementRating.A)]  // 4.00
    [InlineData("BC", AchievementRating.C)]    // 2.50 exactly: not B
    [InlineData("AD", AchievementRating.C)]    // 2.50 exactly
    [InlineData("BBC", AchievementRating.B)]   // 2.67
    [InlineData("BBBB", AchievementRating.B)]  // 3.00
    [InlineData("CD", AchievementRating.D)]    // 1.50 exactly: not C
    [InlineData("CCD", AchievementRating.C)]   // 1.67
    [InlineData("CCCC", AchievementRating.C)]  // 2.00
    [InlineData("DDDD", AchievementRating.D)]  // 1.00
    [InlineData("ACDD", AchievementRating.C)]  // 2.00
    public void A_mean_on_a_bound_falls_to_the_lower_band(string letters, AchievementRating expected)
    {
        var results = letters.Select(c => (Achievement?)R3(Enum.Parse<AchievementRating>(c.ToString()))).ToArray();
        var mean = results.Average(r => (decimal)(int)r!.Rating);
        var rating = Combine(results);

        Assert.Equal(mean, rating.MeanScore);
        Assert.Equal(expected, rating.Rating);
    }

    [Theory]
    [InlineData(4.0, AchievementRating.A)]
    [InlineData(3.5001, AchievementRating.A)]
    [InlineData(3.5, AchievementRating.B)]
    [InlineData(2.5001, AchievementRating.B)]
    [InlineData(2.5, AchievementRating.C)]
    [InlineData(1.5001, AchievementRating.C)]
    [InlineData(1.5, AchievementRating.D)]
    [InlineData(1.0, AchievementRating.D)]
    public void The_bounds_are_exclusive(double mean, AchievementRating expected)
    {
        Assert.Equal(expected, MeasureRatingRules.Default.Rate((decimal)mean));
    }

    [Theory]
    [InlineData(3.5, "3.50")]
    [InlineData(3.504, "3.51")]   // above 3.5, so A: printed above 3.50
    [InlineData(3.496, "3.50")]   // below 3.5, so B: printed as 3.50, which is B
    [InlineData(2.666666, "2.67")]
    [InlineData(2.0, "2.00")]
    [InlineData(1.001, "1.01")]
    public void The_mean_is_printed_rounded_up_so_it_agrees_with_the_exclusive_bounds(double mean, string printed)
    {
        Assert.Equal(printed, MeasureRating.MeanToText((decimal)mean));
    }

    [Fact]
    public void Fewer_than_half_rated_is_withheld_with_its_coverage_and_reason()
    {
        // 実施施策14 with four 未確定 of five: one rated
        var rating = Combine(R3(AchievementRating.A), null, null, null, null);

        Assert.Null(rating.Rating);
        Assert.True(rating.Withheld);
        Assert.Null(rating.MeanScore);
        Assert.Null(rating.MeanText);
        Assert.Equal(5, rating.Active);
        Assert.Equal(1, rating.Rated);
        Assert.Equal(4, rating.Unrated);
        Assert.Equal("評価保留", rating.Label);
        Assert.Equal("5件中1件を評価。評価できた指標が半数に満たないため、施策の評価を保留しています。", rating.Explanation);
    }

    [Theory]
    [InlineData(2, 4, false)] // exactly half: rated
    [InlineData(2, 5, true)]
    [InlineData(3, 5, false)]
    [InlineData(1, 2, false)]
    [InlineData(1, 3, true)]
    [InlineData(1, 1, false)]
    public void Half_of_the_active_indicators_must_be_rated(int rated, int active, bool withheld)
    {
        var results = Enumerable.Range(0, active).Select(k => k < rated ? R3(AchievementRating.B) : null).ToArray();

        var rating = Combine(results);

        Assert.Equal(withheld, rating.Withheld);
        Assert.Equal(withheld, rating.Rating is null);
    }

    [Fact]
    public void Nothing_rated_is_unrated_not_withheld()
    {
        // nothing submitted or approved yet for a measure with six indicators: no judgement to withhold
        var rating = Combine(null, null, null, null, null, null);

        Assert.Null(rating.Rating);
        Assert.False(rating.Withheld);
        Assert.Null(rating.MeanScore);
        Assert.Equal(6, rating.Active);
        Assert.Equal(0, rating.Rated);
        Assert.Equal("未評価", rating.Label);
        Assert.Equal("6件中0件を評価", rating.Coverage);
        Assert.Equal("6件中0件を評価。評価できた成果指標がないため、施策は未評価です。", rating.Explanation);
        Assert.DoesNotContain("保留", rating.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coverage_needed_is_configurable()
    {
        var strict = new MeasureRatingRules { MinimumCoverage = 0.8m };
        var results = new Achievement?[] { R3(AchievementRating.A), R3(AchievementRating.A), R3(AchievementRating.A), null, null };

        var rating = MeasureRating.Combine(results, strict);

        Assert.True(rating.Withheld);
        Assert.Equal("5件中3件を評価。評価できた指標が80.0%に満たないため、施策の評価を保留しています。", rating.Explanation);
        Assert.False(MeasureRating.Combine(results).Withheld);
    }

    [Fact]
    public void An_unrated_indicator_counts_as_D()
    {
        // A A A and one 未確定: (4 + 4 + 4 + 1) ÷ 4 = 3.25 → B, not the A that the three alone would give
        var rating = Combine(R3(AchievementRating.A), R3(AchievementRating.A), R3(AchievementRating.A), null);

        Assert.Equal(AchievementRating.B, rating.Rating);
        Assert.Equal(3.25m, rating.MeanScore);
        Assert.Equal("4件中3件を評価（A 3件、評価できない1件はD（1点）として計算）の平均点 3.25（A=4, B=3, C=2, D=1）→ B おおむね順調", rating.Explanation);
    }

    [Fact]
    public void Leaving_an_indicator_unrated_never_improves_the_rating()
    {
        var letters = Enum.GetValues<AchievementRating>();
        var combinations =
            from a in letters
            from b in letters
            from c in letters
            from hidden in letters
            select (Known: new[] { a, b, c }, Hidden: hidden);
        foreach (var (known, hidden) in combinations)
        {
            var withHidden = Combine([.. known.Select(R3), R3(hidden)]);
            var withUnrated = Combine([.. known.Select(r => (Achievement?)R3(r)), null]);

            Assert.True(
                withUnrated.Rating <= withHidden.Rating,
                $"{string.Join(",", known)} + 未確定 gives {withUnrated.Rating}, better than {withHidden.Rating} with {hidden}");
        }
    }

    [Fact]
    public void A_measure_without_indicators_has_no_rating_and_says_why()
    {
        var rating = Combine();

        Assert.Null(rating.Rating);
        Assert.False(rating.Withheld);
        Assert.Null(rating.MeanScore);
        Assert.Equal(0, rating.Active);
        Assert.Equal("未評価", rating.Label);
        Assert.Equal("成果指標がないため、施策の評価はありません。", rating.Explanation);
    }

    [Fact]
    public void Only_a_target_year_measure_speaks_of_achievement()
    {
        var interim = Combine(R3(AchievementRating.A), R3(AchievementRating.A));
        var final = Combine(R6(AchievementRating.A), R6(AchievementRating.A));

        Assert.Equal(EvaluationStage.Interim, interim.Stage);
        Assert.Equal("A 順調", interim.Label);
        Assert.EndsWith("→ A 順調", interim.Explanation, StringComparison.Ordinal);
        Assert.Equal(EvaluationStage.TargetYear, final.Stage);
        Assert.Equal("A 達成", final.Label);
        Assert.EndsWith("→ A 達成", final.Explanation, StringComparison.Ordinal);
        Assert.Equal(EvaluationStage.Interim, Combine(R6(AchievementRating.A), R3(AchievementRating.A)).Stage);
        Assert.Equal(EvaluationStage.Interim, Combine(null, null).Stage);
    }

    [Fact]
    public void The_configured_bounds_decide_the_band()
    {
        var lenient = new MeasureRatingRules { AAbove = 3.25m, BAbove = 2.25m, CAbove = 1.25m };
        var results = new Achievement?[] { R3(AchievementRating.A), R3(AchievementRating.A), R3(AchievementRating.A), R3(AchievementRating.C) }; // 3.50

        Assert.Equal(AchievementRating.A, MeasureRating.Combine(results, lenient).Rating);
        Assert.Equal(AchievementRating.B, MeasureRating.Combine(results, MeasureRatingRules.Default).Rating);
        Assert.Equal(AchievementRating.A, Calculator.RateMeasure([R3(AchievementRating.A), R3(AchievementRating.A)]).Rating);
        Assert.Equal(AchievementRating.A, new AchievementCalculator(RatingBands.Default, lenient).RateMeasure(results).Rating);
    }

    [Theory]
    [InlineData(3.5, 2.5, 1.5, 0.5, true)]
    [InlineData(3.99, 2.5, 1.0, 0.0, true)]
    [InlineData(3.5, 2.5, 1.5, 1.0, true)]
    [InlineData(4.0, 2.5, 1.5, 0.5, false)]   // A could never be reached
    [InlineData(2.5, 2.5, 1.5, 0.5, false)]   // bounds must descend
    [InlineData(3.5, 1.5, 1.5, 0.5, false)]
    [InlineData(3.5, 2.5, 0.99, 0.5, false)]  // below the lowest score
    [InlineData(3.505, 2.5, 1.5, 0.5, false)] // off the 0.01 grid the mean is printed on
    [InlineData(3.5, 2.505, 1.5, 0.5, false)]
    [InlineData(3.5, 2.5, 1.505, 0.5, false)]
    [InlineData(3.5, 2.5, 1.5, -0.1, false)]
    [InlineData(3.5, 2.5, 1.5, 1.1, false)]
    public void Rules_must_make_sense(double a, double b, double c, double coverage, bool valid)
    {
        var rules = new MeasureRatingRules { AAbove = (decimal)a, BAbove = (decimal)b, CAbove = (decimal)c, MinimumCoverage = (decimal)coverage };

        Assert.Equal(valid, rules.IsValid);
    }
}
