using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress.Seed;

/// <summary>
/// The kinds of row in seeds/plan.json that the general tests do not already cover, each with its
/// numbers worked out by hand (R2 = 2020 baseline, R6 = 2024 target unless said otherwise).
/// </summary>
public class SeedRowKindTests
{
    private readonly AchievementCalculator calculator = AchievementCalculator.Default;

    [Fact]
    public void Decrease_in_hectares_R5_31_5_is_B()
    {
        // 33.8ha → 30.0ha. R5 expects 3/4 of the path: 33.8 − 3.8 × 0.75 = 30.95ha.
        // 31.5ha: (31.5 − 33.8) ÷ (30.0 − 33.8) = 2.3 ÷ 3.8 = 60.5%; ÷ 75% = 80.7% → B
        var result = calculator.Evaluate(Goals.AbandonedFarmland, 2023, 31.5m);

        Assert.Equal(30.95m, result.ExpectedValue);
        Assert.Equal(2.3m / 3.8m, result.ProgressRate);
        Assert.Equal(AchievementRating.B, result.Rating);
        Assert.False(result.WorseThanBaseline);
    }

    [Theory]
    // 617人 (R1 = 2019) → 800人: a five-year path, so R3 expects (2021 − 2019) ÷ 5 = 40%: 617 + 183 × 0.4 = 690.2人.
    // 690: 73 ÷ 183 = 39.9%, ÷ 40% = 99.7% → B (just short of the path); 691: 74 ÷ 183 = 40.4% → 101.1% → A
    [InlineData(690, AchievementRating.B)]
    [InlineData(691, AchievementRating.A)]
    public void Baseline_from_R1_uses_a_five_year_path(int actual, AchievementRating expected)
    {
        var result = calculator.Evaluate(Goals.ConsumerCourseParticipants, 2021, actual);

        Assert.Equal(0.4m, result.ExpectedProgress);
        Assert.Equal(690.2m, result.ExpectedValue);
        Assert.Equal(expected, result.Rating);
    }

    [Theory]
    // 0m → 160m, R4 expects half: 80m. 80m → 50% of the path, 100% of R4's share → A;
    // 40m → 25%, 50% of R4's share → C; 0m → 0% → D, but not worse than the 0m baseline
    [InlineData(80, AchievementRating.A, false)]
    [InlineData(40, AchievementRating.C, false)]
    [InlineData(0, AchievementRating.D, false)]
    public void Path_that_starts_at_zero(int metres, AchievementRating expected, bool worse)
    {
        var result = calculator.Evaluate(Goals.RiverRevetment, 2022, metres);

        Assert.Equal(80m, result.ExpectedValue);
        Assert.Equal(expected, result.Rating);
        Assert.Equal(worse, result.WorseThanBaseline);
    }

    [Fact]
    public void Referral_and_reverse_referral_rates_are_two_series_judged_apart()
    {
        // 紹介率 37.4% → 45.0%以上: R6 45.0% is the target → A.
        // 逆紹介率 40.5% → 50.0%以上: R6 46.0%: 5.5 ÷ 9.5 = 57.9% → C.
        var referral = calculator.Evaluate(Goals.ReferralRate, 2024, 45.0m);
        var reverse = calculator.Evaluate(Goals.ReverseReferralRate, 2024, 46.0m);

        Assert.Equal(AchievementRating.A, referral.Rating);
        Assert.Equal(5.5m / 9.5m, reverse.ProgressRate);
        Assert.Equal(AchievementRating.C, reverse.Rating);
    }

    [Theory]
    // DMAT 1班 → 2班以上, read as an increase along the path: R4 expects 1.5 teams.
    // still 1 team: 0% of the path → D (but not worse than the baseline); 2 teams already: 200% → A
    [InlineData(2022, 1, AchievementRating.D)]
    [InlineData(2022, 2, AchievementRating.A)]
    [InlineData(2024, 3, AchievementRating.A)]
    [InlineData(2024, 1, AchievementRating.D)]
    public void Dmat_teams_follow_the_path_from_one_to_two(int year, int teams, AchievementRating expected)
    {
        var result = calculator.Evaluate(Goals.DmatTeams, year, teams);

        Assert.Equal(AchievementMethod.PathProgress, result.Method);
        Assert.Equal(expected, result.Rating);
        Assert.False(result.WorseThanBaseline);
    }

    [Theory]
    // no baseline (—), target 4.5点: share = actual ÷ 4.5.
    // 4.6 → 102.2% A; 4.4 → 97.8% B; 3.5 → 77.8% C; 2.0 → 44.4% D
    [InlineData(4.6, AchievementRating.A)]
    [InlineData(4.4, AchievementRating.B)]
    [InlineData(3.5, AchievementRating.C)]
    [InlineData(2.0, AchievementRating.D)]
    public void Patient_satisfaction_without_baseline_is_compared_with_4_5(double points, AchievementRating expected)
    {
        var result = calculator.Evaluate(Goals.PatientSatisfaction, 2022, (decimal)points);

        Assert.Equal(AchievementMethod.TargetOnly, result.Method);
        Assert.Equal(expected, result.Rating);
        Assert.False(result.WorseThanBaseline);
    }

    [Fact]
    public void Millions_of_visitors_keep_exact_decimals()
    {
        // 3,298,769人 → 5,150,000人: R3 expects 3,298,769 + 1,851,231 × 0.25 = 3,761,576.75人
        var result = calculator.Evaluate(AsGoal("M04-I01"), 2021, 3_761_576.75m);

        Assert.Equal(3_761_576.75m, result.ExpectedValue);
        Assert.Equal(1m, result.ShareOfPath);
        Assert.Equal(AchievementRating.A, result.Rating);
    }

    [Fact]
    public void Ten_thousands_unit_is_judged_in_its_own_unit()
    {
        // 体育施設利用者数 26万人 → 30万人: R4 28万人 = half the path, on track → A; 27万人 → 50% of R4's half → C
        Assert.Equal(AchievementRating.A, calculator.Evaluate(AsGoal("M07-I03"), 2022, 28).Rating);
        Assert.Equal(AchievementRating.C, calculator.Evaluate(AsGoal("M07-I03"), 2022, 27).Rating);
    }

    private static IndicatorGoal AsGoal(string code) => IndicatorGoal.For(SeedIndicators.ByCode(code));
}
