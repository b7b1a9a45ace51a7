using System.Globalization;
using AsoPlan.Core.Plan;

namespace AsoPlan.Core.Progress;

/// <summary>
/// Computes 達成度. The rules (documented in docs/achievement.md):
/// increase/decrease with a baseline are judged by progress along the straight path from the
/// baseline year to the target year; thresholds are met or not; rows without a baseline are
/// compared with the target alone.
/// </summary>
public sealed class AchievementCalculator(RatingBands bands)
{
    public static AchievementCalculator Default { get; } = new(RatingBands.Default);

    public RatingBands Bands { get; } = bands;

    public Achievement Evaluate(IndicatorGoal goal, int fiscalYear, decimal actual)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.IsThreshold)
        {
            return Threshold(goal, goal.Direction, fiscalYear, actual);
        }

        if (!goal.HasBaseline)
        {
            return TargetOnly(goal, fiscalYear, actual);
        }

        if (goal.BaselineValue == goal.TargetValue)
        {
            // No distance to travel: "keep it where it is" reads as a floor or a ceiling.
            var asThreshold = goal.Direction == IndicatorDirection.Increase ? IndicatorDirection.AtLeast : IndicatorDirection.AtMost;
            return Threshold(goal, asThreshold, fiscalYear, actual);
        }

        return Path(goal, fiscalYear, actual);
    }

    /// <summary>
    /// As <see cref="Evaluate"/>, but null for a year not after the baseline year: an actual for the
    /// baseline year itself (or earlier) restates the baseline and has nothing to be judged against.
    /// </summary>
    public Achievement? EvaluateIfJudgeable(IndicatorGoal goal, int fiscalYear, decimal actual)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.BaselineFiscalYear is { } baseYear && fiscalYear <= baseYear ? null : Evaluate(goal, fiscalYear, actual);
    }

    /// <summary>Share of the baseline→target path the straight line expects by <paramref name="fiscalYear"/>.</summary>
    public static decimal ExpectedProgress(IndicatorGoal goal, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.BaselineFiscalYear is not { } baseYear)
        {
            return 1m;
        }

        var span = goal.TargetFiscalYear - baseYear;
        if (span <= 0 || fiscalYear >= goal.TargetFiscalYear)
        {
            return 1m;
        }

        if (fiscalYear <= baseYear)
        {
            throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, "実績の年度は基準年度より後である必要があります。");
        }

        return (decimal)(fiscalYear - baseYear) / span;
    }

    /// <summary>The value on the straight path for a year; null without a baseline.</summary>
    public static decimal? ExpectedValue(IndicatorGoal goal, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.BaselineValue is not { } baseline)
        {
            return null;
        }

        return baseline + ((goal.TargetValue - baseline) * ExpectedProgress(goal, fiscalYear));
    }

    /// <summary>
    /// Projects the target year's value from the least-squares line through the baseline and the
    /// actuals so far; null when fewer than two points are known.
    /// </summary>
    public static decimal? ProjectTargetYear(IndicatorGoal goal, IReadOnlyCollection<YearValue> actuals)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(actuals);
        var points = new List<YearValue>(actuals);
        if (goal.BaselineValue is { } b && goal.BaselineFiscalYear is { } by)
        {
            points.Add(new YearValue(by, b));
        }

        if (points.Select(p => p.FiscalYear).Distinct().Count() < 2)
        {
            return null;
        }

        var meanX = points.Average(p => (decimal)p.FiscalYear);
        var meanY = points.Average(p => p.Value);
        var sxy = points.Sum(p => (p.FiscalYear - meanX) * (p.Value - meanY));
        var sxx = points.Sum(p => (p.FiscalYear - meanX) * (p.FiscalYear - meanX));
        var slope = sxy / sxx;
        return meanY + (slope * (goal.TargetFiscalYear - meanX));
    }

    private Achievement Path(IndicatorGoal goal, int fiscalYear, decimal actual)
    {
        var baseline = goal.BaselineValue!.Value;
        var progress = (actual - baseline) / (goal.TargetValue - baseline);
        var expected = ExpectedProgress(goal, fiscalYear);
        var share = progress / expected;
        var rating = Bands.Rate(share);
        var worse = goal.HigherIsBetter ? actual < baseline : actual > baseline;
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"進捗率 {Percent(progress)}（基準値から目標値までのうち）、この年度の想定 {Percent(expected)} に対し {Percent(share)} → {rating.Japanese()}");
        return new Achievement(AchievementMethod.PathProgress, fiscalYear, actual, goal.TargetValue, rating, worse, explanation)
        {
            ProgressRate = progress,
            ExpectedProgress = expected,
            ExpectedValue = ExpectedValue(goal, fiscalYear),
            ShareOfPath = share,
        };
    }

    private static Achievement Threshold(IndicatorGoal goal, IndicatorDirection direction, int fiscalYear, decimal actual)
    {
        var floor = direction == IndicatorDirection.AtLeast;
        var met = floor ? actual >= goal.TargetValue : actual <= goal.TargetValue;
        var margin = actual - goal.TargetValue;
        var worse = goal.BaselineValue is { } b && (floor ? actual < b : actual > b);
        var rating = met ? AchievementRating.A : AchievementRating.D;
        var rule = floor ? "目標値以上を維持" : "目標値以下を維持";
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"{rule}: 目標値との差 {Signed(margin)} → {(met ? "達成" : "未達成")}（{rating.Japanese()}）");
        return new Achievement(AchievementMethod.Threshold, fiscalYear, actual, goal.TargetValue, rating, worse, explanation)
        {
            ThresholdMet = met,
            Margin = margin,
        };
    }

    private Achievement TargetOnly(IndicatorGoal goal, int fiscalYear, decimal actual)
    {
        decimal share;
        if (goal.HigherIsBetter)
        {
            share = goal.TargetValue == 0 ? (actual >= 0 ? 1m : 0m) : actual / goal.TargetValue;
        }
        else
        {
            share = actual <= 0 ? 1m : goal.TargetValue / actual;
        }

        var rating = Bands.Rate(share);
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"基準値がないため目標値との比で評価: {Percent(share)} → {rating.Japanese()}");
        return new Achievement(AchievementMethod.TargetOnly, fiscalYear, actual, goal.TargetValue, rating, false, explanation)
        {
            ShareOfPath = share,
        };
    }

    private static string Percent(decimal ratio) => (ratio * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Signed(decimal value) => value.ToString("+0.####;-0.####;±0", CultureInfo.InvariantCulture);
}
