using System.Globalization;
using AsoPlan.Core.Input;
using AsoPlan.Core.Plan;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Core.Progress;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>
/// Changes an indicator's target, its direction and its per-year targets, with a required reason.
/// Everything is checked first (numbers by NumberInput, the goal by Core's GoalRules); a refused form
/// changes nothing. Each aspect that changed gets its own public note, all with the one reason.
/// </summary>
public sealed class IndicatorGoalEditor(AsoPlanDbContext db, PlanChangeLog log)
{
    public async Task<PlanEditResult> ChangeAsync(string actor, string code, IndicatorGoalForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var indicator = await db.Indicators.Include(i => i.Measure).Include(i => i.YearTargets)
            .SingleOrDefaultAsync(i => i.Code == code && i.Measure!.Policy!.PlanPeriod!.IsCurrent, cancellationToken);
        if (indicator is null)
        {
            return PlanEditResult.NotFound;
        }

        var (change, errors) = Parse(indicator, form);
        if (change is null)
        {
            return PlanEditResult.Invalid(errors);
        }

        if (Validate(indicator, form, change) is { } refusal)
        {
            return refusal;
        }

        var was = new GoalBefore(TargetResolver.Resolve(indicator), [.. indicator.YearTargets.Select(t => new YearValue(t.FiscalYear, t.Value)).OrderBy(t => t.FiscalYear)]);
        var notes = Notes(indicator, change, was);
        if (notes.Count == 0)
        {
            return PlanEditResult.Invalid("", PlanTextEditor.NothingChanged);
        }

        var before = Snapshot(indicator, was.Years, null);
        Apply(indicator, change, was);
        log.Record(
            new PlanChange("plan.indicator.goal", "Indicator", code, indicator.Measure!.PolicyId, indicator.MeasureId, code, change.Reason),
            actor,
            before,
            Snapshot(indicator, change.OrderedYears, change.Reason),
            notes);
        await db.SaveChangesAsync(cancellationToken);
        return PlanEditResult.Applied;
    }

    /// <summary>Parse: the reason, target, direction and per-year targets as typed; every field's problem at once (no change when any).</summary>
    private static (GoalChange? Change, List<FieldError> Errors) Parse(Indicator indicator, IndicatorGoalForm form)
    {
        var input = new PlanTextInput();
        var reason = input.Reason(form.Reason);
        var errors = new List<FieldError>(input.Errors);
        var rules = NumberInput.RulesFor(indicator.Unit, indicator.Decimals);
        var target = NumberInput.Parse(form.TargetValue, rules);
        if (!target.Succeeded)
        {
            errors.Add(new FieldError(nameof(form.TargetValue), $"目標値: {target.Error}"));
        }

        if (!TryDirection(form.Direction, out var direction))
        {
            errors.Add(new FieldError(nameof(form.Direction), "目標の方向を選んでください。"));
        }

        var yearTargets = ParseYearTargets(form, rules, errors);
        return errors.Count > 0 ? (null, errors) : (new GoalChange(target.Value!.Value, direction, yearTargets, reason), errors);
    }

    private static List<YearValue> ParseYearTargets(IndicatorGoalForm form, NumberRules rules, List<FieldError> errors)
    {
        var yearTargets = new List<YearValue>();
        for (var i = 0; i < form.YearTargets.Count; i++)
        {
            var field = form.YearTargets[i];
            if (string.IsNullOrWhiteSpace(field.Value))
            {
                continue;
            }

            var parsed = NumberInput.Parse(field.Value, rules);
            if (parsed.Succeeded)
            {
                yearTargets.Add(new YearValue(field.FiscalYear, parsed.Value!.Value));
            }
            else
            {
                errors.Add(new FieldError(YearKey(i), $"{ValueFormat.Wareki(field.FiscalYear)}の目標値: {parsed.Error}"));
            }
        }

        if (yearTargets.GroupBy(t => t.FiscalYear).Any(g => g.Count() > 1))
        {
            errors.Add(new FieldError("", "同じ年度の目標値が二つあります。"));
        }

        return yearTargets;
    }

    /// <summary>Validate: the goal by Core's <see cref="GoalRules"/> (direction against the baseline, each per-year target); null when it holds.</summary>
    private static PlanEditResult? Validate(Indicator indicator, IndicatorGoalForm form, GoalChange change)
    {
        if (GoalRules.DirectionProblem(change.Direction, indicator.BaselineValue, change.Target) is { } directionProblem)
        {
            return PlanEditResult.Invalid(nameof(form.TargetValue), directionProblem);
        }

        var goal = new IndicatorGoal(change.Direction, indicator.Decimals, indicator.BaselineValue is null ? null : indicator.BaselineFiscalYear, indicator.BaselineValue, indicator.TargetFiscalYear, change.Target);
        var yearProblems = GoalRules.YearTargetProblems(goal, change.Years);
        if (yearProblems.Count == 0)
        {
            return null;
        }

        // A year the form does not offer (a tampered post) has no field to stand beside.
        return PlanEditResult.Invalid(yearProblems.Select(p => new FieldError(
            GoalRules.CanSetYear(goal, p.FiscalYear) ? YearKey(form.YearTargets.FindIndex(f => f.FiscalYear == p.FiscalYear)) : "",
            p.Message)));
    }

    /// <summary>The public notes: one per aspect that changed (target, direction, per-year targets); none when nothing did.</summary>
    private static List<PlanChangeNote> Notes(Indicator indicator, GoalChange change, GoalBefore was)
    {
        var notes = new List<PlanChangeNote>();
        if (was.Target != change.Target)
        {
            notes.Add(new PlanChangeNote("目標値を変更", $"{indicator.Name}: {IndicatorFormats.Target(indicator)} → {IndicatorFormats.Value(indicator, change.Target)}"));
        }

        if (indicator.Direction != change.Direction)
        {
            notes.Add(new PlanChangeNote("目標の方向を変更", $"{indicator.Name}: {indicator.Direction.Japanese()} → {change.Direction.Japanese()}"));
        }

        var newYears = change.OrderedYears;
        if (!was.Years.SequenceEqual(newYears))
        {
            var summary = newYears.Count == 0 ? "年度別目標値を取りやめ" : was.Years.Count == 0 ? "年度別目標値を設定" : "年度別目標値を変更";
            notes.Add(new PlanChangeNote(summary, $"{indicator.Name}: {IndicatorFormats.YearTargets(indicator, newYears.Count == 0 ? was.Years : newYears)}"));
        }

        return notes;
    }

    /// <summary>Apply: the new target (a relative one becomes absolute), the direction with the reason as its explanation, the per-year targets.</summary>
    private void Apply(Indicator indicator, GoalChange change, GoalBefore was)
    {
        if (was.Target != change.Target)
        {
            indicator.TargetValue = change.Target;
            indicator.TargetRelativePercent = null;
        }

        if (indicator.Direction != change.Direction)
        {
            indicator.Direction = change.Direction;
            indicator.DirectionReason = change.Reason;
        }

        var newYears = change.OrderedYears;
        db.IndicatorYearTargets.RemoveRange(indicator.YearTargets.Where(t => !newYears.Any(n => n.FiscalYear == t.FiscalYear)));
        foreach (var year in newYears)
        {
            var stored = indicator.YearTargets.FirstOrDefault(t => t.FiscalYear == year.FiscalYear);
            if (stored is null)
            {
                indicator.YearTargets.Add(new IndicatorYearTarget { FiscalYear = year.FiscalYear, Value = year.Value });
            }
            else
            {
                stored.Value = year.Value;
            }
        }
    }

    public static string YearKey(int index) => string.Create(CultureInfo.InvariantCulture, $"YearTargets[{index}].Value");

    /// <summary>A direction posted by name (Increase …); numbers and unknown names are refused.</summary>
    public static bool TryDirection(string? text, out IndicatorDirection direction)
    {
        direction = default;
        return !string.IsNullOrEmpty(text) && text.All(char.IsAsciiLetter)
            && Enum.TryParse(text, ignoreCase: false, out direction) && Enum.IsDefined(direction);
    }

    private static GoalSnapshot Snapshot(Indicator indicator, IEnumerable<YearValue> years, string? reason) => new(
        indicator.TargetValue,
        indicator.TargetRelativePercent,
        indicator.Direction.ToString(),
        indicator.DirectionReason,
        years.ToDictionary(t => t.FiscalYear.ToString(CultureInfo.InvariantCulture), t => t.Value),
        reason);

    /// <summary>The goal as posted: per-year targets in the order typed (<see cref="OrderedYears"/> by year).</summary>
    private sealed record GoalChange(decimal Target, IndicatorDirection Direction, List<YearValue> Years, string Reason)
    {
        public List<YearValue> OrderedYears { get; } = [.. Years.OrderBy(t => t.FiscalYear)];
    }

    /// <summary>The goal before the change: the resolved target and the per-year targets by year.</summary>
    private sealed record GoalBefore(decimal? Target, List<YearValue> Years);

    private sealed record GoalSnapshot(decimal? TargetValue, decimal? TargetRelativePercent, string Direction, string? DirectionReason, Dictionary<string, decimal> YearTargets, string? Reason);
}
