using AsoPlan.Core.Progress;

namespace AsoPlan.Testing;

/// <summary>
/// Demo actuals spread over every rating: a value sits at a chosen point of the path the year expects (ahead, on
/// track, behind, below the baseline), so both suites fill a year with data that shows every band and 悪化.
/// </summary>
public static class DemoValues
{
    /// <summary>Where the n-th value sits as a multiple of the path the year expects: 1.2 ahead … −0.5 behind the baseline.</summary>
    public static decimal Position(int n) => Positions[n % Positions.Length];

    /// <summary>Every seventh value is left 未確定 (with a reason), so 未評価 occurs too.</summary>
    public static bool LeftOpen(int n) => n % 7 == 0;

    private static readonly decimal[] Positions = [1.2m, 0.9m, 0.65m, 0.3m, -0.5m, 1.0m];

    /// <summary>
    /// baseline + (target − baseline) × expected share × position, rounded to the indicator's decimals;
    /// without a baseline, the target × position (never below zero). A threshold stays on the right side at the
    /// positions 1.2, 0.9 and 1.0 and crosses it by two steps at the others.
    /// </summary>
    public static decimal At(IndicatorGoal goal, int year, decimal position)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var raw = goal.BaselineValue is { } baseline
            ? baseline + ((goal.TargetValue - baseline) * AchievementCalculator.ExpectedProgress(goal, year) * position)
            : goal.TargetValue * Math.Abs(position);
        if (goal.IsThreshold)
        {
            var step = 2m / (decimal)Math.Pow(10, goal.Decimals);
            var ok = position >= 0.9m;
            raw = goal.HigherIsBetter == ok ? goal.TargetValue + step : goal.TargetValue - step;
        }

        return Math.Max(0m, Math.Round(raw, goal.Decimals, MidpointRounding.AwayFromZero));
    }
}
