using System.Globalization;
using AsoPlan.Core.Plan;

namespace AsoPlan.Core.Progress;

/// <summary>
/// Computes 達成度. The rules (documented in docs/achievement.md):
/// increase/decrease with a baseline are judged by progress along the expected path from the
/// baseline year to the target year (straight, or through the per-year targets where set);
/// thresholds are met or not; rows without a baseline are compared with the target alone (the
/// year's own target where one is set).
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

    /// <summary>
    /// Share of the baseline→target path expected by <paramref name="fiscalYear"/>: the straight line, or,
    /// where the plan sets per-year targets, the line through them (baseline → year targets → target).
    /// </summary>
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

        if (!goal.HasYearTargets || goal.BaselineValue is not { } baseline || goal.TargetValue == baseline)
        {
            return (decimal)(fiscalYear - baseYear) / span;
        }

        return (PathValue(goal, baseYear, baseline, fiscalYear) - baseline) / (goal.TargetValue - baseline);
    }

    /// <summary>The value the expected path reaches in a year (a per-year target exactly, where set); null without a baseline.</summary>
    public static decimal? ExpectedValue(IndicatorGoal goal, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.BaselineValue is not { } baseline)
        {
            return null;
        }

        if (goal.HasYearTargets && goal.BaselineFiscalYear is { } baseYear && fiscalYear > baseYear && fiscalYear < goal.TargetFiscalYear)
        {
            return PathValue(goal, baseYear, baseline, fiscalYear);
        }

        return baseline + ((goal.TargetValue - baseline) * ExpectedProgress(goal, fiscalYear));
    }

    /// <summary>Straight lines between the known points: the baseline, each per-year target, the final target.</summary>
    private static decimal PathValue(IndicatorGoal goal, int baseYear, decimal baseline, int fiscalYear)
    {
        var points = new List<YearValue> { new(baseYear, baseline) };
        points.AddRange(goal.YearTargets!.Where(t => t.FiscalYear > baseYear && t.FiscalYear < goal.TargetFiscalYear).OrderBy(t => t.FiscalYear));
        points.Add(new YearValue(goal.TargetFiscalYear, goal.TargetValue));
        var before = points.Last(p => p.FiscalYear <= fiscalYear);
        if (before.FiscalYear == fiscalYear)
        {
            return before.Value;
        }

        var after = points.First(p => p.FiscalYear > fiscalYear);
        return before.Value + ((after.Value - before.Value) * (fiscalYear - before.FiscalYear) / (after.FiscalYear - before.FiscalYear));
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
        var expectedBy = goal.HasYearTargets ? "年度別目標値による想定" : "この年度の想定";
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"進捗率 {Percent(progress)}（基準値から目標値までのうち）、{expectedBy} {Percent(expected)} に対し {Percent(share)} → {rating.Japanese()}");
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
        var target = goal.TargetFor(fiscalYear);
        var met = floor ? actual >= target : actual <= target;
        var margin = actual - target;
        var worse = goal.BaselineValue is { } b && (floor ? actual < b : actual > b);
        var rating = met ? AchievementRating.A : AchievementRating.D;
        var rule = floor ? "目標値以上を維持" : "目標値以下を維持";
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"{rule}: 目標値との差 {Signed(margin)} → {(met ? "達成" : "未達成")}（{rating.Japanese()}）");
        return new Achievement(AchievementMethod.Threshold, fiscalYear, actual, target, rating, worse, explanation)
        {
            ThresholdMet = met,
            Margin = margin,
        };
    }

    private Achievement TargetOnly(IndicatorGoal goal, int fiscalYear, decimal actual)
    {
        var target = goal.TargetFor(fiscalYear);
        decimal share;
        if (goal.HigherIsBetter)
        {
            share = target == 0 ? (actual >= 0 ? 1m : 0m) : actual / target;
        }
        else
        {
            share = actual <= 0 ? 1m : target / actual;
        }

        var rating = Bands.Rate(share);
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"基準値がないため目標値との比で評価: {Percent(share)} → {rating.Japanese()}");
        return new Achievement(AchievementMethod.TargetOnly, fiscalYear, actual, target, rating, false, explanation)
        {
            ShareOfPath = share,
        };
    }

    private static string Percent(decimal ratio) => (ratio * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Signed(decimal value) => value.ToString("+0.####;-0.####;±0", CultureInfo.InvariantCulture);
}
