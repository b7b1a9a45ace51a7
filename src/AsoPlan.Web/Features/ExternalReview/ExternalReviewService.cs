using System.Globalization;
using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Data.Audit;
using AsoPlan.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>
/// The external review's writes: the planning office opens and closes a year's round, a reviewer records their finding
/// on a measure while it is open, the planning office drafts and publishes the committee's finding and the city's
/// response. Each is checked by the Core rules and audited in the same save.
/// </summary>
public sealed class ExternalReviewService(AsoPlanDbContext db, AuditTrail audit, EntryYears years, TimeProvider clock)
{
    public async Task<IReadOnlyList<RoundStatus>> RoundsAsync(CancellationToken cancellationToken = default) =>
        await db.ReviewRounds.AsNoTracking().Select(r => new RoundStatus(r.FiscalYear, r.IsOpen, r.Deadline, r.OpenedAt)).ToListAsync(cancellationToken);

    public async Task<string?> SetRoundAsync(int fiscalYear, bool open, string actor, CancellationToken cancellationToken = default)
    {
        var periodYears = await years.AllAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (open)
        {
            var current = FiscalYear.Containing(JapanCalendar.Today(now)).Year;
            if (ReviewRoundRules.OpenProblem(fiscalYear, periodYears, current, await RoundsAsync(cancellationToken)) is { } problem)
            {
                return problem;
            }
        }
        else if (!periodYears.Contains(fiscalYear))
        {
            return "計画期間の年度を選んでください。";
        }

        var round = await db.ReviewRounds.SingleOrDefaultAsync(r => r.FiscalYear == fiscalYear, cancellationToken);
        if (round is null)
        {
            round = new ReviewRound { FiscalYear = fiscalYear };
            db.ReviewRounds.Add(round);
        }

        var before = new { round.IsOpen };
        if (open && !round.IsOpen)
        {
            round.OpenedAt = now.UtcDateTime;
        }

        round.IsOpen = open;
        round.ChangedAt = now.UtcDateTime;
        round.ChangedBy = actor;
        audit.Record(actor, open ? "review.open" : "review.close", nameof(ReviewRound), fiscalYear.ToString(CultureInfo.InvariantCulture), before, new { round.IsOpen });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Records or changes the reviewer's own finding; refused with messages beside the fields, nothing stored.</summary>
    public async Task<IReadOnlyList<FindingProblem>> RecordFindingAsync(int fiscalYear, int measureId, FindingRating? rating, string? text, string reviewer, CancellationToken cancellationToken = default)
    {
        var problems = ReviewerFindingRules.Problems(rating, text);
        if (problems.Count > 0)
        {
            return problems;
        }

        var finding = await db.ReviewerFindings.SingleOrDefaultAsync(f => f.FiscalYear == fiscalYear && f.MeasureId == measureId && f.Reviewer == reviewer, cancellationToken);
        if (finding is null)
        {
            finding = new ReviewerFinding { FiscalYear = fiscalYear, MeasureId = measureId, Reviewer = reviewer };
            db.ReviewerFindings.Add(finding);
        }

        finding.Rating = rating!.Value;
        finding.Text = TextInput.Check(text, "意見", ReviewerFindingRules.MaxTextLength).Text;
        finding.ChangedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(reviewer, "review.finding", nameof(ReviewerFinding), Key(fiscalYear, measureId), null, new { Rating = finding.Rating.Japanese() });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Saves the committee's finding as a draft, or publishes it when <paramref name="publish"/> (everything required, the round closed, the year's record approved).</summary>
    public async Task<IReadOnlyList<FindingProblem>> SaveCommitteeFindingAsync(
        int fiscalYear, int measureId, CommitteeFindingContent content, bool publish, string actor, CancellationToken cancellationToken = default)
    {
        var finding = await db.CommitteeFindings.SingleOrDefaultAsync(f => f.FiscalYear == fiscalYear && f.MeasureId == measureId, cancellationToken);
        if (!CommitteeFindingWorkflow.CanSaveDraft(finding?.State))
        {
            return [new(string.Empty, "公表済の審議会の意見は、訂正として変更してください。")];
        }

        var problems = CommitteeFindingWorkflow.ContentProblems(content, publish).ToList();
        if (publish && problems.Count == 0)
        {
            var round = await db.ReviewRounds.AsNoTracking().SingleOrDefaultAsync(r => r.FiscalYear == fiscalYear, cancellationToken);
            var record = await db.PdcaRecords.AsNoTracking().Where(r => r.MeasureId == measureId && r.FiscalYear == fiscalYear).Select(r => (RecordState?)r.State).SingleOrDefaultAsync(cancellationToken);
            if (CommitteeFindingWorkflow.PublishBlocker(fiscalYear, round?.IsOpen == true, record) is { } blocker)
            {
                problems.Add(new(string.Empty, blocker));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        if (finding is null)
        {
            finding = new CommitteeFinding { FiscalYear = fiscalYear, MeasureId = measureId };
            db.CommitteeFindings.Add(finding);
        }

        finding.State = CommitteeFindingWorkflow.AfterSaveDraft(finding.Id == 0 ? null : finding.State);
        finding.Rating = content.Rating;
        finding.CommitteeOpinion = TextInput.Check(content.CommitteeOpinion, "審議会の意見", CommitteeFindingWorkflow.MaxTextLength).Text;
        finding.CityResponse = TextInput.Check(content.CityResponse, "市の対応方針", CommitteeFindingWorkflow.MaxTextLength).Text;
        finding.ChangedAt = clock.GetUtcNow().UtcDateTime;
        finding.ChangedBy = actor;
        if (publish)
        {
            finding.State = CommitteeFindingWorkflow.AfterPublish(finding.State);
            finding.PublishedAt = finding.ChangedAt;
        }

        audit.Record(actor, publish ? "review.committee.publish" : "review.committee.save", nameof(CommitteeFinding), Key(fiscalYear, measureId), null,
            new { State = finding.State.ToString(), Rating = finding.Rating?.Japanese() });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private static string Key(int fiscalYear, int measureId) => string.Create(CultureInfo.InvariantCulture, $"{fiscalYear}/measure-{measureId}");
}
