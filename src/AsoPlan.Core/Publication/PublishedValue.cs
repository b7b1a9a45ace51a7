using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Publication;

/// <summary>
/// One indicator's value and evaluation as a publication showed it: the value, its status, the target the
/// evaluation used, the shares and the rating. Rows are only added; a later target change or correction never
/// rewrites them (docs/achievement.md, 「公表した評価」).
/// </summary>
public class PublishedValue
{
    public int Id { get; set; }

    public int PublicationId { get; set; }

    public Publication? Publication { get; set; }

    public int IndicatorId { get; set; }

    public Plan.Indicator? Indicator { get; set; }

    public decimal? Value { get; set; }

    public ValueStatus Status { get; set; }

    /// <summary>Why there is no value (public): 未確定の理由.</summary>
    public string? NotAvailableReason { get; set; }

    /// <summary>The evaluation as published; null when the value was not judged (未確定, nothing to judge it by).</summary>
    public AchievementMethod? Method { get; set; }

    public AchievementRating? Rating { get; set; }

    public EvaluationStage Stage { get; set; }

    public bool WorseThanBaseline { get; set; }

    /// <summary>The target the evaluation used (that year's own target where one was set).</summary>
    public decimal? TargetUsed { get; set; }

    public decimal? ExpectedValue { get; set; }

    public decimal? ExpectedProgress { get; set; }

    public decimal? ProgressRate { get; set; }

    public decimal? ShareOfPath { get; set; }

    public bool? ThresholdMet { get; set; }

    public bool? Floor { get; set; }

    public decimal? Margin { get; set; }

    public string? Explanation { get; set; }

    /// <summary>The published evaluation as the engine's result, for the pages that print one; null when there was none.</summary>
    public Achievement? ToAchievement(int fiscalYear) =>
        Value is { } value && Method is { } method && Rating is { } rating
            ? new Achievement(method, fiscalYear, value, TargetUsed ?? 0m, rating, WorseThanBaseline, Explanation ?? string.Empty)
            {
                Stage = Stage,
                ExpectedValue = ExpectedValue,
                ExpectedProgress = ExpectedProgress,
                ProgressRate = ProgressRate,
                ShareOfPath = ShareOfPath,
                ThresholdMet = ThresholdMet,
                Floor = Floor,
                Margin = Margin,
            }
            : null;

    /// <summary>Copies an engine result into the row.</summary>
    public void Record(Achievement? achievement)
    {
        Method = achievement?.Method;
        Rating = achievement?.Rating;
        Stage = achievement?.Stage ?? EvaluationStage.Interim;
        WorseThanBaseline = achievement?.WorseThanBaseline ?? false;
        TargetUsed = achievement?.Target;
        ExpectedValue = achievement?.ExpectedValue;
        ExpectedProgress = achievement?.ExpectedProgress;
        ProgressRate = achievement?.ProgressRate;
        ShareOfPath = achievement?.ShareOfPath;
        ThresholdMet = achievement?.ThresholdMet;
        Floor = achievement?.Floor;
        Margin = achievement?.Margin;
        Explanation = achievement?.Explanation;
    }
}
