namespace AsoPlan.Core.Progress;

/// <summary>The rating bands of 達成度 (A 目標達成 … D 遅れ).</summary>
public enum AchievementRating
{
    /// <summary>D 遅れ: below the C band.</summary>
    D = 1,

    /// <summary>C やや遅れ.</summary>
    C = 2,

    /// <summary>B 順調.</summary>
    B = 3,

    /// <summary>A 目標達成.</summary>
    A = 4,
}
