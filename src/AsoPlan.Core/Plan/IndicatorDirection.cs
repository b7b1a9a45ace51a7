namespace AsoPlan.Core.Plan;

/// <summary>
/// What the plan wants an indicator to do. Written explicitly in the seed, never inferred
/// from the sign of target − baseline (e.g. waste per person 922 g → 924 g is a ceiling).
/// </summary>
public enum IndicatorDirection
{
    /// <summary>Higher is better; progress is measured along the path from baseline to target.</summary>
    Increase = 1,

    /// <summary>Lower is better; progress is measured along the path from baseline to target.</summary>
    Decrease = 2,

    /// <summary>A floor: achieved while the value stays at or above the target.</summary>
    AtLeast = 3,

    /// <summary>A ceiling: achieved while the value stays at or below the target.</summary>
    AtMost = 4,
}
