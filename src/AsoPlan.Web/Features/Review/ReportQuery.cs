using AsoPlan.Core.Progress;
using AsoPlan.Data;
using AsoPlan.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// The yearly evaluation report from the same values as the dashboard (submitted or approved), with
/// each measure's record state beside it so unapproved lines are visible as such.
/// </summary>
public sealed class ReportQuery(AsoPlanDbContext db, ProgressQuery progress, Budget.PublishedProjectsQuery projects)
{
    public async Task<EvaluationReport> LoadAsync(int? requestedYear, CancellationToken cancellationToken)
    {
        var outline = await progress.OutlineAsync(null, cancellationToken);
        var (year, message) = DashboardQuery.ChooseYear(outline, requestedYear);
        var plan = await progress.JudgeAsync(outline, ValueScope.SubmittedOrApproved, [year], cancellationToken);
        var texts = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.FiscalYear == year)
            .Select(r => new { r.MeasureId, r.DoText, r.SelfRating, r.SelfRatingReason, r.ActionText, r.ReviewComment, r.CorrectionReason })
            .ToDictionaryAsync(r => r.MeasureId, cancellationToken);
        var notes = (await db.Publications.AsNoTracking()
            .Where(p => p.FiscalYear == year && p.Notes != null)
            .OrderBy(p => p.PublishedAt)
            .Select(p => new { p.MeasureId, p.Notes })
            .ToListAsync(cancellationToken)).ToLookup(p => p.MeasureId, p => p.Notes!);
        var published = (await projects.ForYearAsync(null, year, cancellationToken)).ToLookup(p => p.MeasureNumber);

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
                    ReviewNote(m.StateIn(year), text?.ReviewComment),
                    [.. m.ActiveIn(year).Select(i => new IndicatorReport(
                        i.Indicator,
                        i.Goal,
                        i.Goal is { IsThreshold: false, HasBaseline: true } goal && year > goal.BaselineFiscalYear ? AchievementCalculator.ExpectedValue(goal, year) : null,
                        i.In(year)?.Value,
                        i.In(year)?.NotAvailableReason,
                        i.In(year)?.Achievement) { Status = i.In(year)?.Status })])
                {
                    PublishedAt = m.Published.TryGetValue(year, out var at) ? at : null,
                    CorrectionNotes = [.. notes[m.Id].SelectMany(AsoPlan.Web.Shared.Formatting.ValueFormat.Lines)],
                    CorrectionReason = text?.CorrectionReason,
                    Projects = [.. published[m.Number]],
                };
            })]));
        return new EvaluationReport(year, plan.Years, message, plan.Tally(year), [.. policies]);
    }

    /// <summary>
    /// A review comment belongs to the version it was written on: printed for a returned record, labelled as about
    /// the earlier version for a resubmitted one, and never beside an approved record (the history keeps them all).
    /// </summary>
    private static string? ReviewNote(Core.Workflow.RecordState? state, string? comment) => (state, comment) switch
    {
        (_, null) => null,
        (Core.Workflow.RecordState.Returned, _) => $"差戻し中: {comment}",
        (Core.Workflow.RecordState.Submitted or Core.Workflow.RecordState.Draft, _) => $"再提出前の内容への差戻しコメント: {comment}",
        _ => null,
    };
}
