using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;

namespace AsoPlan.Web.Models.Portal;

/// <summary>One indicator series as citizens read it: baseline, target (resolved) and approved actuals by year.</summary>
public sealed record IndicatorRow(
    string Code,
    string RowName,
    string Name,
    string Unit,
    int Decimals,
    IndicatorDirection Direction,
    string? DirectionReason,
    string? Footnote,
    int? BaselineFiscalYear,
    decimal? BaselineValue,
    string BaselineText,
    string? BaselineNote,
    int TargetFiscalYear,
    decimal? TargetValue,
    decimal? TargetRelativePercent,
    string TargetText,
    IReadOnlyList<YearActual> Actuals,
    IndicatorGoal? Goal = null,
    int? RetiredFromFiscalYear = null)
{
    public bool IsSecondarySeries => RowName != Name;

    /// <summary>Per-year targets the plan sets (empty for the straight path).</summary>
    public IReadOnlyList<YearValue> YearTargets => Goal?.YearTargets ?? [];

    public bool IsRetiredIn(int fiscalYear) => RetiredFromFiscalYear is { } retired && fiscalYear >= retired;
}

/// <summary>An approved actual for one fiscal year (Value null: nothing approved yet) and its 達成度.</summary>
public sealed record YearActual(int FiscalYear, decimal? Value, Achievement? Achievement);
