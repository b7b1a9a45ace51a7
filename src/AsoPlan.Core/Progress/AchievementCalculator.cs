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
public sealed class AchievementCalculator(RatingBands bands, MeasureRatingRules? measureRules = null)
{
    public static AchievementCalculator Default { get; } = new(RatingBands.Default);

    public RatingBands Bands { get; } = bands;

    /// <summary>How a measure's rating is combined from its indicators' (bounds on the mean, minimum coverage).</summary>
    public MeasureRatingRules MeasureRules { get; } = measureRules ?? MeasureRatingRules.Default;

    /// <summary>A measure's rating from one result per active indicator (null: not rated), by <see cref="MeasureRules"/>.</summary>
    public MeasureRating RateMeasure(IEnumerable<Achievement?> results) => MeasureRating.Combine(results, MeasureRules);

    public Achievement Evaluate(IndicatorGoal goal, int fiscalYear, decimal actual)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var stage = EvaluationLabels.StageOf(fiscalYear, goal.TargetFiscalYear);
        if (goal.IsThreshold)
        {
            return Threshold(goal, goal.Direction, fiscalYear, actual, stage);
        }

        if (!goal.HasBaseline)
        {
            return TargetOnly(goal, fiscalYear, actual, stage);
        }

        if (goal.BaselineValue == goal.TargetValue)
        {
            // No distance to travel: "keep it where it is" reads as a floor or a ceiling.
            var asThreshold = goal.Direction == IndicatorDirection.Increase ? IndicatorDirection.AtLeast : IndicatorDirection.AtMost;
            return Threshold(goal, asThreshold, fiscalYear, actual, stage);
        }

        return Path(goal, fiscalYear, actual, stage);
    }

    /// <summary>
    /// Whether and how an indicator's value for a year is judged — the one rule every page, report, file and
    /// publication uses (docs/achievement.md): not judged without a value, without a goal (a relative target with no
    /// baseline to resolve it), from the year the indicator is retired, or for a year not after the baseline year
    /// (such an actual restates the baseline and has nothing to be judged against); otherwise <see cref="Evaluate"/>.
    /// </summary>
    public Achievement? Judge(IndicatorGoal? goal, int fiscalYear, decimal? value)
    {
        if (goal is null || value is not { } actual || !goal.IsActiveIn(fiscalYear))
        {
            return null;
        }

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
        // Stryker disable once Block : equivalent — without the early return the line below adds (after − before) × 0 to before.Value
        if (before.FiscalYear == fiscalYear)
        {
            return before.Value;
        }

        // Stryker disable once Linq : equivalent — callers pass a year before the target year, so the target year's point is always found
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

    private Achievement Path(IndicatorGoal goal, int fiscalYear, decimal actual, EvaluationStage stage)
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
            $"進捗率 {PercentText.Floor(progress)}（基準値から目標値までのうち）、{expectedBy} {PercentText.Floor(expected)} に対し {PercentText.Floor(share)} → {EvaluationLabels.Label(rating, stage)}");
        return new Achievement(AchievementMethod.PathProgress, fiscalYear, actual, goal.TargetValue, rating, worse, explanation)
        {
            Stage = stage,
            ProgressRate = progress,
            ExpectedProgress = expected,
            ExpectedValue = ExpectedValue(goal, fiscalYear),
            ShareOfPath = share,
        };
    }

    private static Achievement Threshold(IndicatorGoal goal, IndicatorDirection direction, int fiscalYear, decimal actual, EvaluationStage stage)
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
            $"{rule}: 目標値との差 {Signed(margin)} → {EvaluationLabels.ThresholdState(floor, met)}（{EvaluationLabels.Label(rating, stage)}）");
        return new Achievement(AchievementMethod.Threshold, fiscalYear, actual, target, rating, worse, explanation)
        {
            Stage = stage,
            ThresholdMet = met,
            Floor = floor,
            Margin = margin,
        };
    }

    private Achievement TargetOnly(IndicatorGoal goal, int fiscalYear, decimal actual, EvaluationStage stage)
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
            $"基準値がないため目標値との比で評価: {PercentText.Floor(share)} → {EvaluationLabels.Label(rating, stage)}");
        return new Achievement(AchievementMethod.TargetOnly, fiscalYear, actual, target, rating, false, explanation)
        {
            Stage = stage,
            ShareOfPath = share,
        };
    }

    private static string Signed(decimal value) => value.ToString("+0.####;-0.####;±0", CultureInfo.InvariantCulture);
}
