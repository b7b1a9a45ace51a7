namespace AsoPlan.Core.Progress;

/// <summary>The rating bands of 達成度; their words depend on the year (<see cref="EvaluationLabels"/>).</summary>
public enum AchievementRating
{
    /// <summary>D 遅れ / 未達成: below the C band.</summary>
    D = 1,

    /// <summary>C やや遅れ / 達成不十分.</summary>
    C = 2,

    /// <summary>B おおむね順調 / 概ね達成.</summary>
    B = 3,

    /// <summary>A 順調 / 達成 (the target year only).</summary>
    A = 4,
}
