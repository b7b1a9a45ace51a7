using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress;

public class PathProgressTests
{
    private readonly AchievementCalculator calculator = AchievementCalculator.Default;

    [Theory]
    // 105 → 120, R3 expects a quarter of the path (108.75). share = ((a − 105) / 15) / 0.25
    [InlineData(109, AchievementRating.A)] // 4/15 = 26.7% of the path, 106.7% of R3's quarter
    [InlineData(108, AchievementRating.B)] // 3/15 = 20%, exactly 80% of the quarter
    [InlineData(107, AchievementRating.C)] // 2/15 = 13.3%, 53.3% of the quarter
    [InlineData(106, AchievementRating.D)] // 1/15 = 6.7%, 26.7% of the quarter
    public void Increase_in_R3_is_rated_against_a_quarter_of_the_path(int actual, AchievementRating expected)
    {
        var result = calculator.Evaluate(Goals.HunterCount, 2021, actual);

        Assert.Equal(AchievementMethod.PathProgress, result.Method);
        Assert.Equal(expected, result.Rating);
        Assert.Equal(0.25m, result.ExpectedProgress);
        Assert.Equal(108.75m, result.ExpectedValue);
    }

    [Fact]
    public void Increase_progress_rate_is_zero_at_baseline_and_one_at_target()
    {
        Assert.Equal(0m, calculator.Evaluate(Goals.HunterCount, 2024, 105).ProgressRate);
        Assert.Equal(1m, calculator.Evaluate(Goals.HunterCount, 2024, 120).ProgressRate);
        Assert.Equal(AchievementRating.A, calculator.Evaluate(Goals.HunterCount, 2024, 120).Rating);
    }

    [Fact]
    public void R6_117_of_105_to_120_is_80_percent_and_B()
    {
        var result = calculator.Evaluate(Goals.HunterCount, 2024, 117);

        Assert.Equal(0.8m, result.ProgressRate);
        Assert.Equal(AchievementRating.B, result.Rating);
        Assert.False(result.WorseThanBaseline);
    }

    [Fact]
    public void Value_below_baseline_is_negative_progress_D_and_flagged()
    {
        // (100 − 105) / 15 = −33.3%
        var result = calculator.Evaluate(Goals.HunterCount, 2022, 100);

        Assert.True(result.ProgressRate < 0);
        Assert.Equal(-5m / 15m, result.ProgressRate);
        Assert.Equal(AchievementRating.D, result.Rating);
        Assert.True(result.WorseThanBaseline);
    }

    [Fact]
    public void Decrease_halfway_in_R4_is_on_the_path()
    {
        // 21.2 → 19.5: R4 expects half the path, 20.35. (20.35 − 21.2) / (19.5 − 21.2) = 0.5
        var result = calculator.Evaluate(Goals.CareNeedRate, 2022, 20.35m);

        Assert.Equal(0.5m, result.ProgressRate);
        Assert.Equal(1m, result.ShareOfPath);
        Assert.Equal(AchievementRating.A, result.Rating);
        Assert.Equal(20.35m, result.ExpectedValue);
    }

    [Fact]
    public void Decrease_rising_above_baseline_is_worse_than_baseline()
    {
        var result = calculator.Evaluate(Goals.CareNeedRate, 2022, 21.5m);

        Assert.True(result.WorseThanBaseline);
        Assert.Equal(AchievementRating.D, result.Rating);
    }

    [Fact]
    public void Two_decimal_rate_uses_exact_decimals()
    {
        // 98.30 → 98.35; R3 98.32: 0.02 / 0.05 = 40% of the path, 160% of R3's quarter
        var result = calculator.Evaluate(Goals.TaxCollection, 2021, 98.32m);

        Assert.Equal(0.4m, result.ProgressRate);
        Assert.Equal(1.6m, result.ShareOfPath);
        Assert.Equal(AchievementRating.A, result.Rating);
    }

    [Fact]
    public void Composite_row_series_are_judged_independently()
    {
        // 宿泊者数 R6 478,225 = half of 226,450→730,000 (C); 外国人 R6 230,000 = target (A)
        var all = calculator.Evaluate(Goals.OvernightGuests, 2024, 478_225m);
        var foreign = calculator.Evaluate(Goals.ForeignOvernightGuests, 2024, 230_000m);

        Assert.Equal(0.5m, all.ProgressRate);
        Assert.Equal(AchievementRating.C, all.Rating);
        Assert.Equal(AchievementRating.A, foreign.Rating);
    }

    [Fact]
    public void Actual_before_the_baseline_year_cannot_be_judged()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => calculator.Evaluate(Goals.HunterCount, 2020, 110));
    }

    [Theory]
    [InlineData(2020)] // R2, the baseline year itself: a value for it restates the baseline
    [InlineData(2019)]
    public void An_actual_for_the_baseline_year_or_before_is_not_judged(int year)
    {
        Assert.Null(calculator.Judge(Goals.HunterCount, year, 110));
        Assert.Null(calculator.Judge(Goals.WastePerPerson, year, 930)); // a threshold with a baseline too
    }

    [Fact]
    public void An_actual_after_the_baseline_year_is_judged_as_evaluating_it_would()
    {
        Assert.Equal(calculator.Evaluate(Goals.HunterCount, 2021, 108), calculator.Judge(Goals.HunterCount, 2021, 108));
        Assert.Equal(AchievementRating.B, calculator.Judge(Goals.HunterCount, 2021, 108)!.Rating);
        Assert.Equal(AchievementRating.D, calculator.Judge(Goals.WastePerPerson, 2021, 930)!.Rating);
    }

    [Fact]
    public void Without_a_baseline_year_every_year_is_judged()
    {
        // M03-I06 農地集積率 - → 80%: nothing restates a baseline, R2 is compared with the target like any year
        var result = calculator.Judge(Goals.FarmlandConsolidation, 2020, 64m);

        Assert.Equal(AchievementRating.B, result!.Rating);
        Assert.Equal(2020, result.FiscalYear);
    }

    [Fact]
    public void Bands_are_configurable()
    {
        // 108 in R3 is exactly 80% of the path's quarter: B by default, C when B starts at 90%
        var strict = new AchievementCalculator(new RatingBands { A = 1.0m, B = 0.9m, C = 0.5m });

        Assert.Equal(AchievementRating.C, strict.Evaluate(Goals.HunterCount, 2021, 108).Rating);
    }

    [Fact]
    public void Explanation_shows_the_numbers_behind_the_rating()
    {
        var result = calculator.Evaluate(Goals.HunterCount, 2024, 117);

        Assert.Contains("進捗率 80.0%", result.Explanation);
        Assert.Contains("B 概ね達成", result.Explanation); // R6 is the target year: it may speak of achievement
    }
}
