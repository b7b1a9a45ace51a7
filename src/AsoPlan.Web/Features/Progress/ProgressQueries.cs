using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Progress;

/// <summary>
/// The compiled queries behind <see cref="ProgressQuery"/>: translated once per process instead of on
/// every dashboard, report and PDCA request. Each is flat (no collection joins) and untracked; a null
/// measure number or id means every measure.
/// </summary>
internal static class ProgressQueries
{
    public static readonly Func<AsoPlanDbContext, CancellationToken, Task<PeriodRow?>> CurrentPeriod =
        EF.CompileAsyncQuery((AsoPlanDbContext db, CancellationToken cancellationToken) => db.PlanPeriods.AsNoTracking()
            .OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.StartFiscalYear)
            .Select(p => new PeriodRow(p.Id, p.StartFiscalYear, p.EndFiscalYear))
            .FirstOrDefault());

    public static readonly Func<AsoPlanDbContext, int, CancellationToken, Task<PeriodRow?>> PeriodById =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int id, CancellationToken cancellationToken) => db.PlanPeriods.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PeriodRow(p.Id, p.StartFiscalYear, p.EndFiscalYear))
            .FirstOrDefault());

    public static readonly Func<AsoPlanDbContext, int, int?, IAsyncEnumerable<MeasureRow>> Measures =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int periodId, int? number) => db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == periodId && (number == null || m.Number == number))
            .OrderBy(m => m.Number)
            .Select(m => new MeasureRow(
                m.Id,
                m.Number,
                m.Title,
                new PolicyRef(m.Policy!.Number, m.Policy.ShortName, m.Policy.Title),
                m.Policy.Challenge == null ? null : m.Policy.Challenge.Number,
                m.Policy.Challenge == null ? null : m.Policy.Challenge.Title,
                m.Policy.PlanPeriod!.Plan!.PriorityThemeTitle,
                new SectionRef(m.OwnerSectionId, m.OwnerSection!.Code, m.OwnerSection.Name, m.OwnerSection.SortOrder))));

    public static readonly Func<AsoPlanDbContext, int, int?, IAsyncEnumerable<GoalRow>> SdgGoals =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int periodId, int? number) => db.MeasureSdgGoals.AsNoTracking()
            .Where(g => g.Measure!.Policy!.PlanPeriodId == periodId && (number == null || g.Measure.Number == number))
            .OrderBy(g => g.MeasureId).ThenBy(g => g.Goal)
            .Select(g => new GoalRow(g.MeasureId, new SdgRef(g.Goal, g.Label))));

    public static readonly Func<AsoPlanDbContext, int, int?, IAsyncEnumerable<Indicator>> Indicators =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int periodId, int? number) => db.Indicators.AsNoTracking()
            .Where(i => i.Measure!.Policy!.PlanPeriodId == periodId && (number == null || i.Measure.Number == number))
            .OrderBy(i => i.SortOrder)
            .Select(i => new Indicator
            {
                Id = i.Id,
                MeasureId = i.MeasureId,
                Code = i.Code,
                SortOrder = i.SortOrder,
                RowName = i.RowName,
                Name = i.Name,
                Unit = i.Unit,
                Decimals = i.Decimals,
                BaselineFiscalYear = i.BaselineFiscalYear,
                BaselineValue = i.BaselineValue,
                BaselineText = i.BaselineText,
                BaselineNote = i.BaselineNote,
                TargetFiscalYear = i.TargetFiscalYear,
                TargetValue = i.TargetValue,
                TargetRelativePercent = i.TargetRelativePercent,
                TargetText = i.TargetText,
                Direction = i.Direction,
                DirectionReason = i.DirectionReason,
                Footnote = i.Footnote,
                RetiredFromFiscalYear = i.RetiredFromFiscalYear,
            }));

    public static readonly Func<AsoPlanDbContext, int, int?, IAsyncEnumerable<IndicatorYearTarget>> YearTargets =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int periodId, int? number) => db.IndicatorYearTargets.AsNoTracking()
            .Where(t => t.Indicator!.Measure!.Policy!.PlanPeriodId == periodId && (number == null || t.Indicator.Measure.Number == number))
            .OrderBy(t => t.IndicatorId).ThenBy(t => t.FiscalYear)
            .Select(t => new IndicatorYearTarget { IndicatorId = t.IndicatorId, FiscalYear = t.FiscalYear, Value = t.Value }));

    public static readonly Func<AsoPlanDbContext, int, int, int?, IAsyncEnumerable<StateRow>> States =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int from, int to, int? measureId) => db.PdcaRecords.AsNoTracking()
            .Where(r => r.FiscalYear >= from && r.FiscalYear <= to && (measureId == null || r.MeasureId == measureId))
            .Select(r => new StateRow(r.MeasureId, r.FiscalYear, r.State)));

    /// <summary>
    /// Values of submitted records (awaiting review), as entered: the planning office's "include submissions" read,
    /// never public (<see cref="ValueScope.SubmittedOrApproved"/> only; approved values come from <c>ApprovedActuals</c>).
    /// </summary>
    public static readonly Func<AsoPlanDbContext, int, int, int?, IAsyncEnumerable<ScopedValue>> SubmittedValues =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int from, int to, int? measureId) => db.ActualValues.AsNoTracking()
            .Where(v => v.PdcaRecord!.FiscalYear >= from && v.PdcaRecord.FiscalYear <= to
                && (measureId == null || v.PdcaRecord.MeasureId == measureId)
                && v.PdcaRecord.State == RecordState.Submitted)
            .Select(v => new ScopedValue(v.IndicatorId, v.PdcaRecord!.FiscalYear, v.Value, v.NotAvailableReason, v.IsPreliminary)));

    /// <summary>Which measures are published in which years, and when (the current publication's approval).</summary>
    public static readonly Func<AsoPlanDbContext, int, int, int?, IAsyncEnumerable<PublicationRow>> Publications =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int from, int to, int? measureId) => db.Publications.AsNoTracking()
            .Where(p => p.IsCurrent && p.FiscalYear >= from && p.FiscalYear <= to && (measureId == null || p.MeasureId == measureId))
            .Select(p => new PublicationRow(p.MeasureId, p.FiscalYear, p.PublishedAt, p.Revision)));

    internal sealed record PeriodRow(int Id, int StartFiscalYear, int EndFiscalYear);

    internal sealed record MeasureRow(int Id, int Number, string Title, PolicyRef Policy, int? ChallengeNumber, string? ChallengeTitle, string ThemeTitle, SectionRef Section);

    internal sealed record GoalRow(int MeasureId, SdgRef Goal);

    internal sealed record StateRow(int MeasureId, int FiscalYear, RecordState State);

    internal sealed record ScopedValue(int IndicatorId, int FiscalYear, decimal? Value, string? NotAvailableReason, bool IsPreliminary);

    internal sealed record PublicationRow(int MeasureId, int FiscalYear, DateTime PublishedAt, int Revision);
}
