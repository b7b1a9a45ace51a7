using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Core.Progress;

namespace AsoPlan.Data.Seeding;

/// <summary>
/// The per-year targets of a plan file's indicator checked by the plan editor's own rule
/// (<see cref="GoalRules.YearTargetProblems"/>): one per year, only between the baseline year and the target year,
/// and on a path from the baseline towards the final target without going back.
/// </summary>
internal static class IndicatorYearTargets
{
    public static void Check(IndicatorSeed indicator, string where, PlanProblems problems)
    {
        if (indicator.YearTargets is not { Count: > 0 } targets)
        {
            return;
        }

        foreach (var repeated in targets.GroupBy(t => t.FiscalYear).Where(g => g.Count() > 1))
        {
            problems.Add($"{where}: {new FiscalYear(repeated.Key).ToWareki()}の年度別目標値が重複しています。", repeated.ElementAt(1), nameof(YearTargetSeed.FiscalYear));
        }

        if (Goal(indicator) is not { } goal)
        {
            return;
        }

        var byYear = targets.GroupBy(t => t.FiscalYear).ToDictionary(g => g.Key, g => g.First());
        foreach (var (year, message) in GoalRules.YearTargetProblems(goal, [.. byYear.Values.Select(t => new YearValue(t.FiscalYear, t.Value))]))
        {
            problems.Add($"{where}: {message}", byYear[year], GoalRules.CanSetYear(goal, year) ? nameof(YearTargetSeed.Value) : nameof(YearTargetSeed.FiscalYear));
        }
    }

    /// <summary>The goal the targets are judged against, or null when the indicator's own target cannot be resolved (reported elsewhere).</summary>
    private static IndicatorGoal? Goal(IndicatorSeed seed)
    {
        var (baseline, target) = (seed.Baseline, seed.Target);
        if (target.Value.HasValue == target.RelativePercent.HasValue || !Enum.IsDefined(seed.Direction) || seed.Decimals is < 0 or > 4
            || TargetResolver.Resolve(target.Value, target.RelativePercent, baseline.Value, seed.Direction, seed.Decimals) is not { } resolved)
        {
            return null;
        }

        return new IndicatorGoal(seed.Direction, seed.Decimals, baseline.Value is null ? null : baseline.FiscalYear, baseline.Value, target.FiscalYear, resolved);
    }
}
