namespace AsoPlan.Core.Progress;

public enum AchievementMethod
{
    /// <summary>Increase/decrease with a baseline: progress along the straight path from baseline to target.</summary>
    PathProgress = 1,

    /// <summary>Stay at or above / at or below the target: achieved or not.</summary>
    Threshold = 2,

    /// <summary>Increase/decrease without a baseline: the actual compared with the target alone.</summary>
    TargetOnly = 3,
}
