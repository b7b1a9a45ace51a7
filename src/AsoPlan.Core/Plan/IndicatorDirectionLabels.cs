namespace AsoPlan.Core.Plan;

public static class IndicatorDirectionLabels
{
    /// <summary>What the plan wants, in the words shown to citizens.</summary>
    public static string Japanese(this IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.Increase => "増加を目指す",
        IndicatorDirection.Decrease => "減少を目指す",
        IndicatorDirection.AtLeast => "目標値以上を維持",
        IndicatorDirection.AtMost => "目標値以下を維持",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };
}
