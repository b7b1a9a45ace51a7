using AsoPlan.Core.Plan;

namespace AsoPlan.Core.Progress;

/// <summary>What an indicator is judged against: its baseline, its resolved target and the direction.</summary>
public sealed record IndicatorGoal(
    IndicatorDirection Direction,
    int Decimals,
    int? BaselineFiscalYear,
    decimal? BaselineValue,
    int TargetFiscalYear,
    decimal TargetValue)
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
            target);
    }

    public bool HasBaseline => BaselineValue is not null && BaselineFiscalYear is not null;

    public bool IsThreshold => Direction is IndicatorDirection.AtLeast or IndicatorDirection.AtMost;

    /// <summary>Higher values are better for Increase and AtLeast.</summary>
    public bool HigherIsBetter => Direction is IndicatorDirection.Increase or IndicatorDirection.AtLeast;
}
