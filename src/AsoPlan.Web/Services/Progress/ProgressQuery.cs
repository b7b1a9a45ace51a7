using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Services.Progress;

/// <summary>
/// Reads the current plan period's measures, indicators, record states and the values in a
/// <see cref="ValueScope"/>, and judges every value with the one <see cref="AchievementCalculator"/>.
/// A handful of projected, untracked queries: the plan is small (20 measures, 72 series, 4 years).
/// </summary>
public sealed class ProgressQuery(AsoPlanDbContext db, AchievementCalculator calculator)
{
    public async Task<PlanProgress> LoadAsync(ValueScope scope, CancellationToken cancellationToken)
    {
        var period = await db.PlanPeriods.AsNoTracking()
            .OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.StartFiscalYear)
            .Select(p => new { p.Id, p.StartFiscalYear, p.EndFiscalYear })
            .FirstOrDefaultAsync(cancellationToken);
        if (period is null)
        {
            return new PlanProgress(scope, [], []);
        }

        var years = Enumerable.Range(period.StartFiscalYear, period.EndFiscalYear - period.StartFiscalYear + 1).ToList();
        var measures = await MeasuresAsync(period.Id, cancellationToken);
        var indicators = (await IndicatorsAsync(period.Id, cancellationToken)).ToLookup(i => i.MeasureId);
        var states = (await StatesAsync(period.StartFiscalYear, period.EndFiscalYear, cancellationToken)).ToLookup(s => s.MeasureId);
        var values = (await ValuesAsync(scope, period.StartFiscalYear, period.EndFiscalYear, cancellationToken))
            .ToDictionary(v => (v.IndicatorId, v.FiscalYear));

        var result = measures
            .Select(m => m with
            {
                Indicators = [.. indicators[m.Id].Select(i => Judge(i, years, values))],
                States = states[m.Id].ToDictionary(s => s.FiscalYear, s => s.State),
            })
            .ToList();
        return new PlanProgress(scope, years, result);
    }

    private IndicatorProgress Judge(Indicator indicator, List<int> years, Dictionary<(int, int), ScopedValue> values)
    {
        var goal = TargetResolver.Resolve(indicator) is null ? null : IndicatorGoal.For(indicator);
        var results = years.Select(year =>
        {
            if (!indicator.IsActiveIn(year) || !values.TryGetValue((indicator.Id, year), out var entered))
            {
                return new YearProgress(year, null, null, null);
            }

            var achievement = entered.Value is { } value && goal is not null ? calculator.EvaluateIfJudgeable(goal, year, value) : null;
            return new YearProgress(year, entered.Value, entered.NotAvailableReason, achievement);
        });
        return new IndicatorProgress(indicator, goal, [.. results]);
    }

    private async Task<List<MeasureProgress>> MeasuresAsync(int periodId, CancellationToken cancellationToken)
    {
        var rows = await db.Measures.AsNoTracking()
            .Where(m => m.Policy!.PlanPeriodId == periodId)
            .OrderBy(m => m.Number)
            .Select(m => new
            {
                m.Id,
                m.Number,
                m.Title,
                Policy = new PolicyRef(m.Policy!.Number, m.Policy.ShortName, m.Policy.Title),
                ChallengeNumber = m.Policy.Challenge == null ? (int?)null : m.Policy.Challenge.Number,
                ChallengeTitle = m.Policy.Challenge == null ? null : m.Policy.Challenge.Title,
                ThemeTitle = m.Policy.PlanPeriod!.Plan!.PriorityThemeTitle,
                Section = new SectionRef(m.OwnerSectionId, m.OwnerSection!.Code, m.OwnerSection.Name, m.OwnerSection.SortOrder),
                Goals = m.SdgGoals.OrderBy(g => g.Goal).Select(g => new SdgRef(g.Goal, g.Label)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new MeasureProgress(
            m.Id,
            m.Number,
            m.Title,
            m.Policy,
            m.ChallengeNumber is { } n ? new ChallengeRef(n, $"チャレンジ{n} {m.ChallengeTitle}") : new ChallengeRef(0, $"重点テーマ {m.ThemeTitle}"),
            m.Section,
            m.Goals,
            [],
            new Dictionary<int, RecordState>()))];
    }

    private Task<List<Indicator>> IndicatorsAsync(int periodId, CancellationToken cancellationToken) =>
        db.Indicators.AsNoTracking()
            .Where(i => i.Measure!.Policy!.PlanPeriodId == periodId)
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
                YearTargets = i.YearTargets.Select(t => new IndicatorYearTarget { FiscalYear = t.FiscalYear, Value = t.Value }).ToList(),
            })
            .ToListAsync(cancellationToken);

    private async Task<List<(int MeasureId, int FiscalYear, RecordState State)>> StatesAsync(int from, int to, CancellationToken cancellationToken)
    {
        var rows = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.FiscalYear >= from && r.FiscalYear <= to)
            .Select(r => new { r.MeasureId, r.FiscalYear, r.State })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.MeasureId, r.FiscalYear, r.State))];
    }

    private Task<List<ScopedValue>> ValuesAsync(ValueScope scope, int from, int to, CancellationToken cancellationToken)
    {
        var query = db.ActualValues.AsNoTracking()
            .Where(v => v.PdcaRecord!.FiscalYear >= from && v.PdcaRecord.FiscalYear <= to);
        query = scope == ValueScope.Approved
            ? query.Where(v => v.PdcaRecord!.State == RecordState.Approved)
            : query.Where(v => v.PdcaRecord!.State == RecordState.Approved || v.PdcaRecord.State == RecordState.Submitted);
        return query
            .Select(v => new ScopedValue(v.IndicatorId, v.PdcaRecord!.FiscalYear, v.Value, v.NotAvailableReason))
            .ToListAsync(cancellationToken);
    }

    private sealed record ScopedValue(int IndicatorId, int FiscalYear, decimal? Value, string? NotAvailableReason);
}
