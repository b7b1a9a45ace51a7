using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Publication;

namespace AsoPlan.Web.Features.Portal;

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

/// <summary>
/// A published actual for one fiscal year and its 達成度 as published. <see cref="Published"/> false: nothing
/// approved yet (未公表); published without a value: 未確定 with <see cref="NotAvailableReason"/>.
/// </summary>
public sealed record YearActual(int FiscalYear, decimal? Value, Achievement? Achievement)
{
    public bool Published { get; init; }

    public ValueStatus Status { get; init; }

    public string? NotAvailableReason { get; init; }

    /// <summary>The evaluation by today's goal, where a change to the plan after publication would judge the value otherwise.</summary>
    public Achievement? Revised { get; init; }

    /// <summary>A published 速報値.</summary>
    public bool IsPreliminary => Published && Value is not null && Status == ValueStatus.Preliminary;

    /// <summary>確定 / 速報値 / 未確定（理由） / 訂正済, or null while not published.</summary>
    public string? StatusLabel => Published ? Publishing.Label(Status, NotAvailableReason) : null;
}
