using System.Globalization;
using AsoPlan.Core.Input;
using AsoPlan.Core.Plan;
using AsoPlan.Core.PlanEditing;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.PlanEditing;

/// <summary>
/// Adds an indicator to a measure, retires one from a fiscal year, or deletes one that has no entered
/// actuals (Core's <see cref="IndicatorLifecycle"/>). Each is audited and noted publicly in the same save.
/// </summary>
public sealed class IndicatorLifecycleEditor(AsoPlanDbContext db, PlanChangeLog log)
{
    public const int MaxDecimals = 4;

    public async Task<PlanEditResult> AddAsync(string actor, int measureNumber, NewIndicatorForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var measure = await db.Measures
            .Include(m => m.Indicators)
            .Include(m => m.Policy!).ThenInclude(p => p.PlanPeriod)
            .SingleOrDefaultAsync(m => m.Number == measureNumber && m.Policy!.PlanPeriod!.IsCurrent, cancellationToken);
        if (measure is null)
        {
            return PlanEditResult.NotFound;
        }

        var period = measure.Policy!.PlanPeriod!;
        var (added, errors) = ParseNew(form, period);
        if (errors.Count == 0)
        {
            ValidateNew(measure, added, errors);
        }

        if (errors.Count > 0)
        {
            return PlanEditResult.Invalid(errors);
        }

        var indicator = Build(added, await NextCodeAsync(measure, cancellationToken), measure, period);
        measure.Indicators.Add(indicator);
        log.Record(
            new PlanChange("plan.indicator.add", "Indicator", indicator.Code, measure.PolicyId, measure.Id, indicator.Code, added.Reason),
            actor,
            null,
            new { indicator.Code, indicator.Name, indicator.Unit, indicator.Decimals, indicator.BaselineFiscalYear, indicator.BaselineValue, indicator.TargetFiscalYear, indicator.TargetValue, Direction = added.Direction.ToString(), indicator.DirectionReason, indicator.Footnote, Reason = added.Reason },
            [new PlanChangeNote("指標を追加", $"{indicator.Name}: 目標値 {indicator.TargetText}（{ValueFormat.Wareki(indicator.TargetFiscalYear)}）")]);
        await db.SaveChangesAsync(cancellationToken);
        return PlanEditResult.Applied;
    }

    /// <summary>Parse: every field of a new indicator as typed, with every field's problem at once.</summary>
    private static (NewIndicator Added, List<FieldError> Errors) ParseNew(NewIndicatorForm form, PlanPeriod period)
    {
        var input = new PlanTextInput();
        var name = input.Text(nameof(form.Name), form.Name, "指標の名称", 300, required: true);
        var unit = input.Text(nameof(form.Unit), form.Unit, "単位", 20, required: true);
        var directionReason = input.Text(nameof(form.DirectionReason), form.DirectionReason, "方向の説明", 1000);
        var footnote = input.Text(nameof(form.Footnote), form.Footnote, "注記", 1000);
        var reason = input.Reason(form.Reason);
        var errors = new List<FieldError>(input.Errors);

        if (!int.TryParse(NumberInput.Normalize(form.Decimals ?? ""), NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) || decimals > MaxDecimals)
        {
            errors.Add(new FieldError(nameof(form.Decimals), $"小数点以下の桁数は0から{MaxDecimals}までの整数で入力してください。"));
        }

        if (!IndicatorGoalEditor.TryDirection(form.Direction, out var direction))
        {
            errors.Add(new FieldError(nameof(form.Direction), "目標の方向を選んでください。"));
        }

        var rules = NumberInput.RulesFor(unit ?? "", Math.Clamp(decimals, 0, MaxDecimals));
        var target = NumberInput.Parse(form.TargetValue, rules);
        if (!target.Succeeded)
        {
            errors.Add(new FieldError(nameof(form.TargetValue), $"目標値: {target.Error}"));
        }

        var (baselineYear, baselineValue) = ParseBaseline(form, rules, period, errors);
        return (new NewIndicator(name ?? "", unit ?? "", decimals, direction, directionReason, footnote, reason, target.Value, baselineYear, baselineValue), errors);
    }

    /// <summary>The baseline: both its year (before the period's last year) and its value, or neither.</summary>
    private static (int? Year, decimal? Value) ParseBaseline(NewIndicatorForm form, NumberRules rules, PlanPeriod period, List<FieldError> errors)
    {
        var hasYear = !string.IsNullOrWhiteSpace(form.BaselineFiscalYear);
        var hasValue = !string.IsNullOrWhiteSpace(form.BaselineValue);
        if (hasYear != hasValue)
        {
            errors.Add(new FieldError(hasYear ? nameof(form.BaselineValue) : nameof(form.BaselineFiscalYear), "基準値は年度と値の両方を入力してください（基準値がない場合はどちらも空欄にします）。"));
            return (null, null);
        }

        if (!hasYear)
        {
            return (null, null);
        }

        int? baselineYear = null;
        if (int.TryParse(form.BaselineFiscalYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 2000 && year < period.EndFiscalYear)
        {
            baselineYear = year;
        }
        else
        {
            errors.Add(new FieldError(nameof(form.BaselineFiscalYear), $"基準年度は{ValueFormat.Wareki(period.EndFiscalYear)}より前の年度を選んでください。"));
        }

        var baseline = NumberInput.Parse(form.BaselineValue, rules);
        if (!baseline.Succeeded)
        {
            errors.Add(new FieldError(nameof(form.BaselineValue), $"基準値: {baseline.Error}"));
        }

        return (baselineYear, baseline.Succeeded ? baseline.Value : null);
    }

    /// <summary>Validate (only a form that parsed): the goal by Core's <see cref="GoalRules"/> and a name new to the measure; the first problem only.</summary>
    private static void ValidateNew(Measure measure, NewIndicator added, List<FieldError> errors)
    {
        if (GoalRules.DirectionProblem(added.Direction, added.BaselineValue, added.Target!.Value) is { } problem)
        {
            errors.Add(new FieldError(nameof(NewIndicatorForm.TargetValue), problem));
        }
        else if (added.DirectionReason is null && GoalRules.NeedsDirectionReason(added.Direction, added.BaselineValue, added.Target))
        {
            // The plan file's rule, so an exported plan with this indicator loads again.
            errors.Add(new FieldError(nameof(NewIndicatorForm.DirectionReason), "「増加を目指す」以外の方向や基準値のない指標では、方向の説明を入力してください。"));
        }
        else if (measure.Indicators.Any(i => i.Name == added.Name))
        {
            errors.Add(new FieldError(nameof(NewIndicatorForm.Name), "この施策には同じ名称の指標がすでにあります。"));
        }
    }

    public async Task<PlanEditResult> RetireAsync(string actor, string code, IndicatorRemovalForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var indicator = await FindAsync(code, cancellationToken);
        if (indicator is null)
        {
            return PlanEditResult.NotFound;
        }

        var input = new PlanTextInput();
        var reason = input.Reason(form.Reason);
        var errors = new List<FieldError>(input.Errors);
        var period = indicator.Measure!.Policy!.PlanPeriod!;
        if (!int.TryParse(form.FromFiscalYear, NumberStyles.None, CultureInfo.InvariantCulture, out var from) || from > period.EndFiscalYear)
        {
            errors.Add(new FieldError(nameof(form.FromFiscalYear), "廃止する年度を選んでください。"));
        }
        else if (IndicatorLifecycle.RetirementProblem(from, await LatestEnteredYearAsync(indicator.Id, cancellationToken), period.StartFiscalYear, indicator.RetiredFromFiscalYear is not null) is { } problem)
        {
            errors.Add(new FieldError(nameof(form.FromFiscalYear), problem));
        }

        if (errors.Count > 0)
        {
            return PlanEditResult.Invalid(errors);
        }

        indicator.RetiredFromFiscalYear = from;
        log.Record(
            new PlanChange("plan.indicator.retire", "Indicator", code, indicator.Measure.PolicyId, indicator.MeasureId, code, reason),
            actor,
            new { RetiredFromFiscalYear = (int?)null },
            new { RetiredFromFiscalYear = from, Reason = reason },
            [new PlanChangeNote("指標を廃止", $"{indicator.Name}: {ValueFormat.Wareki(from)}から測定しません")]);
        await db.SaveChangesAsync(cancellationToken);
        return PlanEditResult.Applied;
    }

    public async Task<PlanEditResult> DeleteAsync(string actor, string code, IndicatorRemovalForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var indicator = await FindAsync(code, cancellationToken);
        if (indicator is null)
        {
            return PlanEditResult.NotFound;
        }

        var input = new PlanTextInput();
        var reason = input.Reason(form.Reason);
        // The delete form has its own reason box, so its messages stand above the forms, not beside the retire form.
        var errors = input.Errors.Select(e => e with { Key = "" }).ToList();
        if (!IndicatorLifecycle.CanDelete(await LatestEnteredYearAsync(indicator.Id, cancellationToken) is not null))
        {
            errors.Add(new FieldError("", IndicatorLifecycle.CannotDelete));
        }

        if (errors.Count > 0)
        {
            return PlanEditResult.Invalid(errors);
        }

        var before = new { indicator.Code, indicator.Name, indicator.Unit, indicator.BaselineValue, indicator.TargetValue, indicator.TargetRelativePercent, Direction = indicator.Direction.ToString() };
        db.Indicators.Remove(indicator);
        log.Record(
            new PlanChange("plan.indicator.delete", "Indicator", code, indicator.Measure!.PolicyId, indicator.MeasureId, code, reason),
            actor,
            before,
            new { Deleted = true, Reason = reason },
            [new PlanChangeNote("指標を削除", indicator.Name)]);
        await db.SaveChangesAsync(cancellationToken);
        return PlanEditResult.Applied;
    }

    /// <summary>The latest fiscal year with anything entered for the indicator (a value or 未確定), in any state.</summary>
    public Task<int?> LatestEnteredYearAsync(int indicatorId, CancellationToken cancellationToken) =>
        db.ActualValues.Where(v => v.IndicatorId == indicatorId).MaxAsync(v => (int?)v.PdcaRecord!.FiscalYear, cancellationToken);

    private Task<Indicator?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Indicators.Include(i => i.Measure!).ThenInclude(m => m.Policy!).ThenInclude(p => p.PlanPeriod)
            .Include(i => i.YearTargets)
            .SingleOrDefaultAsync(i => i.Code == code && i.Measure!.Policy!.PlanPeriod!.IsCurrent, cancellationToken);

    /// <summary>M{measure:00}-I{nn}, after every code the measure has used, deleted ones included (their notes keep them).</summary>
    private async Task<string> NextCodeAsync(Measure measure, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"M{measure.Number:00}-I");
        var noted = await db.RevisionNotes.Where(n => n.MeasureId == measure.Id && n.IndicatorCode != null).Select(n => n.IndicatorCode!).ToListAsync(cancellationToken);
        var used = measure.Indicators.Select(i => i.Code).Concat(noted)
            .Where(c => c.StartsWith(prefix, StringComparison.Ordinal))
            .Select(c => int.TryParse(c.AsSpan(prefix.Length, Math.Min(2, c.Length - prefix.Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        var next = used + 1;
        string code;
        do
        {
            code = string.Create(CultureInfo.InvariantCulture, $"{prefix}{next++:00}");
        }
        while (await db.Indicators.AnyAsync(i => i.Code == code, cancellationToken));

        return code;
    }

    /// <summary>A new indicator as parsed from the form.</summary>
    private sealed record NewIndicator(string Name, string Unit, int Decimals, IndicatorDirection Direction, string? DirectionReason, string? Footnote, string Reason, decimal? Target, int? BaselineYear, decimal? BaselineValue);

    /// <summary>The indicator to add: last in the measure's list, its target year the period's last, its texts as the plan prints them.</summary>
    private static Indicator Build(NewIndicator added, string code, Measure measure, PlanPeriod period) => new()
    {
        Code = code,
        SortOrder = measure.Indicators.Select(i => i.SortOrder).DefaultIfEmpty(0).Max() + 1,
        RowName = added.Name,
        Name = added.Name,
        Unit = added.Unit,
        Decimals = added.Decimals,
        BaselineFiscalYear = added.BaselineYear,
        BaselineValue = added.BaselineValue,
        BaselineText = added.BaselineValue is { } b ? ValueFormat.WithUnit(b, added.Decimals, added.Unit) : "-",
        TargetFiscalYear = period.EndFiscalYear,
        TargetValue = added.Target,
        TargetText = ValueFormat.WithUnit(added.Target!.Value, added.Decimals, added.Unit),
        Direction = added.Direction,
        DirectionReason = added.DirectionReason,
        Footnote = added.Footnote,
    };
}
