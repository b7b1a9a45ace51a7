namespace AsoPlan.Core.Progress;

/// <summary>
/// Whether a year's rating may speak of the target itself. Before the target year a value can only be
/// ahead of or behind the expected path; only in the target year is the target reached or not.
/// </summary>
public enum EvaluationStage
{
    /// <summary>A year before the target year: progress against the expected path (順調 … 遅れ).</summary>
    Interim = 0,

    /// <summary>The target year (or later): the target reached or not (達成 … 未達成).</summary>
    TargetYear = 1,
}
