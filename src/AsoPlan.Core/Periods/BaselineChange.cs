using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Periods;

/// <summary>Where an indicator's final value stands against its baseline, in the desired direction.</summary>
public enum BaselineChange
{
    /// <summary>No baseline, or no final value to compare.</summary>
    None = 0,

    Improved = 1,

    Unchanged = 2,

    /// <summary>The engine's 基準値より悪化.</summary>
    Worse = 3,
}

/// <summary>
/// The final review's reading of an indicator's last judged value. It adds no rule of its own: worse than the baseline
/// is the engine's flag (<see cref="Achievement.WorseThanBaseline"/>), the difference is the value less the target the
/// engine judged it against.
/// </summary>
public static class FinalResults
{
    public static BaselineChange ChangeFromBaseline(IndicatorGoal? goal, Achievement? final) =>
        final is null || goal?.BaselineValue is not { } baseline ? BaselineChange.None
        : final.WorseThanBaseline ? BaselineChange.Worse
        : final.Actual == baseline ? BaselineChange.Unchanged
        : BaselineChange.Improved;

    public static string Label(BaselineChange change) => change switch
    {
        BaselineChange.Improved => "基準値から改善",
        BaselineChange.Unchanged => "基準値と同じ",
        BaselineChange.Worse => EvaluationLabels.WorseThanBaseline,
        _ => string.Empty,
    };

    /// <summary>Final value − target (in the indicator's unit): what is left to the target, or by how much it was passed.</summary>
    public static decimal? DifferenceFromTarget(Achievement? final) => final is null ? null : final.Actual - final.Target;
}
