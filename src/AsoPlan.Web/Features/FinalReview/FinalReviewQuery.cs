using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using AsoPlan.Web.Features.Progress;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.FinalReview;

/// <summary>
/// Reads a finished period's final review for the public page, the report files and open data: the approved values
/// of every year judged as published (<see cref="ProgressQuery"/>, the dashboard's and /progress's reader), the latest
/// approved record of each measure, and the planning office's approved words. Nothing unapproved is read.
/// </summary>
public sealed class FinalReviewQuery(AsoPlanDbContext db, ProgressQuery progress)
{
    /// <summary>The review of <paramref name="period"/>, or null while it is not finished.</summary>
    public async Task<FinalReviewPage?> LoadAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!period.IsClosed)
        {
            return null;
        }

        var plan = await progress.LoadAsync(ValueScope.Approved, period.Id, cancellationToken);
        var checks = await LastChecksAsync(period.Id, cancellationToken);
        var words = await WordsAsync(period.Id, cancellationToken);
        var policies = plan.Measures
            .GroupBy(m => m.Policy.Number)
            .OrderBy(g => g.Key)
            .Select(g => new FinalPolicy(g.Key, g.First().Policy.ShortName, g.First().Policy.Title, [.. g.OrderBy(m => m.Number).Select(m => new FinalMeasure(
                m.Number,
                m.Title,
                m.Section.Name,
                m.RatingIn(period.EndFiscalYear),
                checks.GetValueOrDefault(m.Id),
                words.GetValueOrDefault(m.Id),
                [.. m.Indicators.Select(i => new FinalIndicator(i, period.EndFiscalYear))]))]))
            .ToList();
        var closing = period.Closure is { ClosedAt: { } at } c && (c.ReopenedAt is null || at > c.ReopenedAt)
            ? new FinalReviewClosing(at, await ClosedReasonAsync(period.Id, cancellationToken))
            : new FinalReviewClosing(null, null);
        return new FinalReviewPage(period, closing, plan.Years, plan.Tally(period.EndFiscalYear), words.GetValueOrDefault(0), policies);
    }

    /// <summary>Each measure's latest approved record (a record reopened for correction is not approved and is skipped).</summary>
    private async Task<Dictionary<int, LastCheck>> LastChecksAsync(int periodId, CancellationToken cancellationToken)
    {
        var approved = await db.PdcaRecords.AsNoTracking()
            .Where(r => r.State == RecordState.Approved && r.Measure!.Policy!.PlanPeriodId == periodId)
            .Select(r => new { r.MeasureId, r.FiscalYear, r.SelfRating, r.SelfRatingReason, r.ActionText })
            .ToListAsync(cancellationToken);
        return approved.GroupBy(r => r.MeasureId)
            .Select(g => g.MaxBy(r => r.FiscalYear)!)
            .ToDictionary(r => r.MeasureId, r => new LastCheck(r.FiscalYear, r.SelfRating, r.SelfRatingReason, r.ActionText));
    }

    /// <summary>The approved words by measure id (0 for the whole period).</summary>
    private async Task<Dictionary<int, ReviewWords>> WordsAsync(int periodId, CancellationToken cancellationToken)
    {
        var texts = await db.FinalReviewTexts.AsNoTracking()
            .Where(t => t.PlanPeriodId == periodId && t.ApprovedAt != null)
            .Select(t => new { t.MeasureId, t.Results, t.Issues, t.ApprovedAt })
            .ToListAsync(cancellationToken);
        return texts.ToDictionary(t => t.MeasureId ?? 0, t => new ReviewWords(t.Results, t.Issues, t.ApprovedAt!.Value));
    }

    private Task<string?> ClosedReasonAsync(int periodId, CancellationToken cancellationToken) =>
        db.PlanPeriods.AsNoTracking().Where(p => p.Id == periodId).Select(p => p.ClosedReason).SingleAsync(cancellationToken);
}
