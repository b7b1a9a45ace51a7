using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;

namespace AsoPlan.Core.PlanEditing;

/// <summary>
/// What a changed target, direction or set of per-year targets must satisfy so that the progress
/// engine can still judge the indicator: an increase must aim above its baseline, a decrease below it,
/// and a per-year target must lie on the way from the baseline to the final target, never going back.
/// </summary>
public static class GoalRules
{
    /// <summary>Null when the direction fits the baseline and target; otherwise why not, in Japanese.</summary>
    public static string? DirectionProblem(IndicatorDirection direction, decimal? baseline, decimal target) => (direction, baseline) switch
    {
        (IndicatorDirection.Increase, { } b) when target <= b =>
            "「増加を目指す」指標の目標値は基準値より大きくしてください。基準値を下回らないことが目標なら、方向を「目標値以上を維持」にしてください。",
        (IndicatorDirection.Decrease, { } b) when target >= b =>
            "「減少を目指す」指標の目標値は基準値より小さくしてください。基準値を上回らないことが目標なら、方向を「目標値以下を維持」にしてください。",
        _ => null,
    };

    /// <summary>
    /// Whether the indicator must say why it aims where it does: any direction other than an increase, an
    /// indicator without a baseline value, or a target at or below its baseline. The plan file and the plan
    /// editor both ask this, so a plan the editor saved loads again from its export.
    /// </summary>
    public static bool NeedsDirectionReason(IndicatorDirection direction, decimal? baseline, decimal? target) =>
        direction != IndicatorDirection.Increase || baseline is not { } start || (target is { } goal && goal <= start);

    /// <summary>Per-year targets belong between the baseline year and the target year.</summary>
    public static bool CanSetYear(IndicatorGoal goal, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return fiscalYear < goal.TargetFiscalYear && (goal.BaselineFiscalYear is not { } baseYear || fiscalYear > baseYear);
    }

    /// <summary>
    /// Problems with per-year targets, each with the year it concerns. <paramref name="goal"/> is the
    /// indicator's goal with its new target and direction (its own year targets are ignored).
    /// </summary>
    public static IReadOnlyList<(int FiscalYear, string Message)> YearTargetProblems(IndicatorGoal goal, IReadOnlyList<YearValue> targets)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(targets);
        var problems = new List<(int, string)>();
        var onPath = !goal.IsThreshold && goal.BaselineValue is not null && goal.BaselineValue != goal.TargetValue;
        var previous = 0m;
        foreach (var target in targets.OrderBy(t => t.FiscalYear))
        {
            var year = new FiscalYear(target.FiscalYear).ToWareki();
            if (!CanSetYear(goal, target.FiscalYear))
            {
                problems.Add((target.FiscalYear, $"{year}には年度別目標値を設定できません。基準年度の翌年度から目標年度の前年度までの年度に設定してください。"));
                continue;
            }

            if (!onPath)
            {
                continue;
            }

            var progress = (target.Value - goal.BaselineValue!.Value) / (goal.TargetValue - goal.BaselineValue.Value);
            if (progress <= 0 || progress > 1)
            {
                problems.Add((target.FiscalYear, $"{year}の目標値は、基準値から最終目標値の方向に進んだ、最終目標値を超えない値にしてください。"));
            }
            else if (progress < previous)
            {
                problems.Add((target.FiscalYear, $"{year}の目標値が前の年度の目標値より後退しています。年度を追って最終目標値に近づく値にしてください。"));
            }
            else
            {
                previous = progress;
            }
        }

        return problems;
    }
}
