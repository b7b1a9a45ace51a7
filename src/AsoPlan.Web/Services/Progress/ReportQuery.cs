using AsoPlan.Core.Progress;
using AsoPlan.Data;
using AsoPlan.Web.Models.Progress;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Services.Progress;

/// <summary>
/// The yearly evaluation report from the same values as the dashboard (submitted or approved), with
/// each measure's record state beside it so unapproved lines are visible as such.
/// </summary>
public sealed class ReportQuery(AsoPlanDbContext db, ProgressQuery progress)
{
    public async Task<EvaluationReport> LoadAsync(int? requestedYear, CancellationToken cancellationToken)
    {
        var outline = await progress.OutlineAsync(null, cancellationToken);
        var (year, message) = DashboardQuery.ChooseYear(outline, requestedYear);
        var plan = await progress.JudgeAsync(outline, ValueScope.SubmittedOrApproved, [year], cancellationToken);
        var texts = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.FiscalYear == year)
            .Select(r => new { r.MeasureId, r.DoText, r.SelfRating, r.SelfRatingReason, r.ActionText, r.ReviewComment })
            .ToDictionaryAsync(r => r.MeasureId, cancellationToken);

        var policies = plan.Measures.GroupBy(m => m.Policy).OrderBy(g => g.Key.Number).Select(policy => new PolicyReport(
            policy.Key.Number,
            policy.Key.ShortName,
            policy.Key.Title,
            [.. policy.Select(m =>
            {
                var text = texts.GetValueOrDefault(m.Id);
                return new MeasureReport(
                    m.Number,
                    m.Title,
                    m.Section.Name,
                    m.StateIn(year),
                    m.RatingIn(year),
                    text?.DoText,
                    text?.SelfRating,
                    text?.SelfRatingReason,
                    text?.ActionText,
                    text?.ReviewComment,
                    [.. m.ActiveIn(year).Select(i => new IndicatorReport(
                        i.Indicator,
                        i.Goal,
                        i.Goal is { IsThreshold: false, HasBaseline: true } goal && year > goal.BaselineFiscalYear ? AchievementCalculator.ExpectedValue(goal, year) : null,
                        i.In(year)?.Value,
                        i.In(year)?.NotAvailableReason,
                        i.In(year)?.Achievement))]);
            })]));
        return new EvaluationReport(year, plan.Years, message, plan.Tally(year), [.. policies]);
    }
}
