using AsoPlan.Core.Plan;

namespace AsoPlan.Core.Progress;

/// <summary>
/// What an indicator is judged against: its baseline, its resolved target, the direction and any
/// per-year targets (<see cref="YearTargets"/>, ordered by year) that replace the straight path.
/// </summary>
public sealed record IndicatorGoal(
    IndicatorDirection Direction,
    int Decimals,
    int? BaselineFiscalYear,
    decimal? BaselineValue,
    int TargetFiscalYear,
    decimal TargetValue,
    IReadOnlyList<YearValue>? YearTargets = null)
{
    /// <summary>Builds the goal of an indicator, resolving a relative target (10%向上) from its baseline.</summary>
    public static IndicatorGoal For(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var target = TargetResolver.Resolve(indicator)
            ?? throw new InvalidOperationException($"指標 {indicator.Code} の目標値を決められません。");
        return new IndicatorGoal(
            indicator.Direction,
            indicator.Decimals,
            indicator.BaselineValue is null ? null : indicator.BaselineFiscalYear,
            indicator.BaselineValue,
            indicator.TargetFiscalYear,
            target,
            [.. indicator.YearTargets.OrderBy(t => t.FiscalYear).Select(t => new YearValue(t.FiscalYear, t.Value))])
        {
            RetiredFromFiscalYear = indicator.RetiredFromFiscalYear,
        };
    }

    /// <summary>The goal of an indicator, or null where the plan gives nothing to judge by (a relative target without a baseline).</summary>
    public static IndicatorGoal? TryFor(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return TargetResolver.Resolve(indicator) is null ? null : For(indicator);
    }

    /// <summary>The first year the indicator is no longer measured (null: still measured); it is not judged from then on.</summary>
    public int? RetiredFromFiscalYear { get; init; }

    /// <summary>As <see cref="Indicator.IsActiveIn"/>: judged before its retirement year only.</summary>
    public bool IsActiveIn(int fiscalYear) => RetiredFromFiscalYear is not { } retired || fiscalYear < retired;

    public bool HasYearTargets => YearTargets is { Count: > 0 };

    /// <summary>The target set for <paramref name="fiscalYear"/> itself, or the final target.</summary>
    public decimal TargetFor(int fiscalYear)
    {
        foreach (var set in YearTargets ?? [])
        {
            if (set.FiscalYear == fiscalYear && fiscalYear < TargetFiscalYear)
            {
                return set.Value;
            }
        }

        return TargetValue;
    }

    public bool HasBaseline => BaselineValue is not null && BaselineFiscalYear is not null;

    public bool IsThreshold => Direction is IndicatorDirection.AtLeast or IndicatorDirection.AtMost;

    /// <summary>Higher values are better for Increase and AtLeast.</summary>
    public bool HigherIsBetter => Direction is IndicatorDirection.Increase or IndicatorDirection.AtLeast;
}
