using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Tests.Progress.Seed;

/// <summary>
/// Every indicator in seeds/plan.json, every reporting year R3–R6: the engine gives a result for
/// any value, and the results obey the rules a reader would check by hand.
/// </summary>
public class EverySeedIndicatorTests
{
    private static readonly int[] ReportingYears = [2021, 2022, 2023, 2024];

    private readonly AchievementCalculator calculator = AchievementCalculator.Default;

    public static TheoryData<string> Codes => [.. SeedIndicators.All.Select(i => i.Code)];

    [Fact]
    public void The_seed_has_72_series_and_each_kind_of_row_is_where_the_documents_put_it()
    {
        // 70 source rows, two of them with two series. Thresholds: the 922 g → 924 g ceiling, 0 → 0 children,
        // the 65.33% → 65.00% and 21.4ha → 16.0ha floors. No baseline: 農地集積率 (-) and 患者満足度 (—).
        var methods = SeedIndicators.All.ToDictionary(i => i.Code, i => Method(IndicatorGoal.For(i)));

        Assert.Equal(72, methods.Count);
        Assert.Equal(["M06-I03", "M08-I01", "M10-I06", "M14-I02"], CodesWith(methods, AchievementMethod.Threshold));
        Assert.Equal(["M03-I06", "M12-I02"], CodesWith(methods, AchievementMethod.TargetOnly));
        Assert.Equal(66, methods.Count(m => m.Value == AchievementMethod.PathProgress));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Reaching_the_target_is_A_in_every_year(string code)
    {
        var goal = IndicatorGoal.For(SeedIndicators.ByCode(code));

        foreach (var year in ReportingYears)
        {
            var result = calculator.Evaluate(goal, year, goal.TargetValue);
            Assert.Equal(AchievementRating.A, result.Rating);
            Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_value_the_year_expects_is_exactly_on_track(string code)
    {
        // A path expects its point on the line; a threshold and a row without a baseline expect the year's target.
        var goal = IndicatorGoal.For(SeedIndicators.ByCode(code));
        var method = Method(goal);
        foreach (var year in ReportingYears)
        {
            var expected = AchievementCalculator.ExpectedValue(goal, year);
            var result = calculator.Evaluate(goal, year, method == AchievementMethod.PathProgress ? expected!.Value : goal.TargetFor(year));

            Assert.Equal(AchievementRating.A, result.Rating);
            switch (method)
            {
                case AchievementMethod.PathProgress:
                    Assert.Equal(1m, result.ShareOfPath);
                    Assert.False(result.WorseThanBaseline);
                    break;
                case AchievementMethod.Threshold:
                    Assert.True(result.ThresholdMet);
                    Assert.Equal(0m, result.Margin);
                    Assert.Null(result.ShareOfPath);
                    break;
                default:
                    Assert.Null(expected); // no baseline, no line to be on
                    Assert.Equal(1m, result.ShareOfPath);
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Staying_at_the_baseline_is_D_on_a_path_and_met_on_a_threshold_and_never_flagged(string code)
    {
        var goal = IndicatorGoal.For(SeedIndicators.ByCode(code));
        if (goal.BaselineValue is not { } baseline)
        {
            return;
        }

        var result = calculator.Evaluate(goal, 2023, baseline);

        Assert.False(result.WorseThanBaseline);
        Assert.Equal(result.Method == AchievementMethod.Threshold ? AchievementRating.A : AchievementRating.D, result.Rating);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void One_step_the_wrong_way_from_the_baseline_is_flagged(string code)
    {
        var goal = IndicatorGoal.For(SeedIndicators.ByCode(code));
        if (goal.BaselineValue is not { } baseline)
        {
            return;
        }

        // The smallest step the indicator's decimals can show (1人, 0.1%, 0.01%).
        var step = 1m / Pow10(goal.Decimals);
        var worse = goal.HigherIsBetter ? baseline - step : baseline + step;

        Assert.True(calculator.Evaluate(goal, 2022, worse).WorseThanBaseline);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_better_value_is_never_rated_lower(string code)
    {
        var goal = IndicatorGoal.For(SeedIndicators.ByCode(code));
        var values = Sweep(goal);
        foreach (var year in ReportingYears)
        {
            var ratings = values.Select(v => calculator.Evaluate(goal, year, v).Rating).ToList();

            // values run from worst to best, so ratings never go down
            for (var i = 1; i < ratings.Count; i++)
            {
                Assert.True(ratings[i] >= ratings[i - 1], $"{code} R{year - 2018}: {values[i]} rated {ratings[i]} below {values[i - 1]} ({ratings[i - 1]})");
            }
        }
    }

    [Fact]
    public void Every_indicator_has_a_result_for_any_value_a_person_could_type_and_it_obeys_the_rules()
    {
        // Whatever is typed: the letter is the band of the printed share (or met/missed for a threshold), the flag
        // says exactly whether the value is on the wrong side of the baseline, and the derivation ends in the label.
        decimal[] typed = [0m, 0.01m, 1m, 3.5m, 99.99m, 100m, 924m, 65_000m, 10_000_000m];
        var checkedResults = 0;
        foreach (var indicator in SeedIndicators.All)
        {
            var goal = IndicatorGoal.For(indicator);
            foreach (var value in typed)
            {
                var result = calculator.Evaluate(goal, 2023, value);
                var context = $"{indicator.Code} {value}";

                Assert.Equal(value, result.Actual);
                Assert.Equal(2023, result.FiscalYear);
                if (result.Method == AchievementMethod.Threshold)
                {
                    var met = goal.HigherIsBetter ? value >= goal.TargetFor(2023) : value <= goal.TargetFor(2023);
                    Assert.True(met == result.ThresholdMet, context);
                    Assert.True((met ? AchievementRating.A : AchievementRating.D) == result.Rating, context);
                    Assert.True(value - result.Target == result.Margin, context);
                }
                else
                {
                    Assert.True(calculator.Bands.Rate(PercentText.FloorRatio(result.ShareOfPath!.Value)) == result.Rating, context);
                }

                var worse = goal.BaselineValue is { } baseline && (goal.HigherIsBetter ? value < baseline : value > baseline);
                Assert.True(worse == result.WorseThanBaseline, context);
                Assert.EndsWith(result.Label, result.Explanation.TrimEnd('）'), StringComparison.Ordinal);
                checkedResults++;
            }
        }

        Assert.Equal(72 * typed.Length, checkedResults);
    }

    private static AchievementMethod Method(IndicatorGoal goal) => AchievementCalculator.Default.Evaluate(goal, 2024, goal.TargetValue).Method;

    private static List<string> CodesWith(Dictionary<string, AchievementMethod> methods, AchievementMethod method) =>
        [.. methods.Where(m => m.Value == method).Select(m => m.Key).Order(StringComparer.Ordinal)];

    /// <summary>Values from far worse than the baseline to far beyond the target, ordered worst to best.</summary>
    private static List<decimal> Sweep(IndicatorGoal goal)
    {
        var from = goal.BaselineValue ?? 0m;
        var span = Math.Max(Math.Abs(goal.TargetValue - from), 1m);
        var low = Math.Max(0m, Math.Min(from, goal.TargetValue) - (2 * span));
        var high = Math.Max(from, goal.TargetValue) + (2 * span);
        var values = Enumerable.Range(0, 81).Select(i => low + ((high - low) * i / 80m)).ToList();
        return goal.HigherIsBetter ? values : [.. Enumerable.Reverse(values)];
    }

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);
}
