using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Data;
using AsoPlan.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// The drill-down from the dashboard: one measure's records for every reporting year, in any state
/// (the planning office sees drafts and returned records too, each labelled with its state).
/// </summary>
public sealed class MeasurePdcaQuery(AsoPlanDbContext db, ProgressQuery progress, AchievementCalculator calculator)
{
    /// <summary>Null when there is no such measure in the current plan period.</summary>
    public async Task<MeasurePdcaPage?> LoadAsync(int number, CancellationToken cancellationToken)
    {
        var outline = await progress.OutlineAsync(number, cancellationToken);
        if (outline.Measures.Count == 0)
        {
            return null;
        }

        var plan = await progress.JudgeAsync(outline, ValueScope.SubmittedOrApproved, outline.Years, cancellationToken);
        var measure = plan.Measures[0];

        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.MeasureId == measure.Id)
            .OrderBy(i => i.Kind).ThenBy(i => i.SortOrder)
            .Select(i => new PlanInitiative(i.Name, i.Content, i.Effect))
            .ToListAsync(cancellationToken);
        var years = await YearsAsync(measure, plan.Years, cancellationToken);
        return new MeasurePdcaPage(
            measure.Number,
            measure.Title,
            $"政策{measure.Policy.Number}「{measure.Policy.ShortName}」{measure.Policy.Title}",
            measure.Section.Name,
            initiatives,
            [.. measure.Indicators.Select(i => new PlannedIndicator(i.Indicator, i.Goal, [.. plan.Years.Select(y => new ExpectedValue(y, Expected(i.Goal, y)))]))],
            years);
    }

    /// <summary>Each reporting year's record in any state, its values judged by the one rule and the measure rated.</summary>
    private async Task<List<PdcaYear>> YearsAsync(MeasureProgress measure, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        var records = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.MeasureId == measure.Id)
            .Select(r => new
            {
                r.FiscalYear,
                r.State,
                r.UpdatedAt,
                r.ApprovedAt,
                r.DoText,
                r.SelfRating,
                r.SelfRatingReason,
                r.ActionText,
                r.ReviewComment,
                Values = r.Values.Select(v => new { v.IndicatorId, v.Value, v.NotAvailableReason, v.MeasurementNote, v.IsPreliminary }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var indicators = measure.Indicators;
        return years.Select(year =>
        {
            var record = records.FirstOrDefault(r => r.FiscalYear == year);
            var values = indicators.Select(i =>
            {
                var stored = record?.Values.FirstOrDefault(v => v.IndicatorId == i.Indicator.Id);
                return new PdcaValue(i.Indicator, stored?.Value, stored?.NotAvailableReason, stored?.MeasurementNote, calculator.Judge(i.Goal, year, stored?.Value))
                {
                    IsPreliminary = stored is { Value: not null, IsPreliminary: true },
                };
            }).ToList();
            return new PdcaYear(
                year,
                record?.State,
                record?.UpdatedAt,
                record?.ApprovedAt,
                values,
                calculator.RateMeasure(values.Where(v => v.Indicator.IsActiveIn(year)).Select(v => v.Achievement)),
                record?.DoText,
                record?.SelfRating,
                record?.SelfRatingReason,
                record?.ActionText,
                record?.ReviewComment);
        }).ToList();
    }

    private static decimal? Expected(IndicatorGoal? goal, int year) =>
        goal is null || goal.IsThreshold || goal.BaselineFiscalYear is not { } baseYear || year <= baseYear ? null : AchievementCalculator.ExpectedValue(goal, year);
}
