using AsoPlan.Core.ExternalReview;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.ExternalReview;

/// <summary>The external review's reads: the year under review, a measure's record as a reviewer reads it, the findings, the published committee findings.</summary>
public sealed class ExternalReviewQueries(AsoPlanDbContext db)
{
    public async Task<(int? Year, RoundStatus? Round)> UnderReviewAsync(CancellationToken cancellationToken = default)
    {
        var rounds = await db.ReviewRounds.AsNoTracking().Select(r => new RoundStatus(r.FiscalYear, r.IsOpen, r.Deadline, r.OpenedAt)).ToListAsync(cancellationToken);
        var year = ReviewRoundRules.YearUnderReview(rounds);
        return (year, rounds.FirstOrDefault(r => r.FiscalYear == year));
    }

    public async Task<DateOnly?> AccessUntilAsync(string userName, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.ReviewerAccessUntil).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ReviewMeasureRow>> MeasuresAsync(int fiscalYear, string? reviewer, CancellationToken cancellationToken = default)
    {
        var measures = await db.Measures.AsNoTracking().Where(m => m.Policy!.PlanPeriod!.IsCurrent).OrderBy(m => m.Number)
            .Select(m => new
            {
                m.Id,
                m.Number,
                m.Title,
                State = db.PdcaRecords.Where(r => r.MeasureId == m.Id && r.FiscalYear == fiscalYear).Select(r => (RecordState?)r.State).FirstOrDefault(),
                Mine = db.ReviewerFindings.Where(f => f.MeasureId == m.Id && f.FiscalYear == fiscalYear && f.Reviewer == reviewer).Select(f => (FindingRating?)f.Rating).FirstOrDefault(),
                Findings = db.ReviewerFindings.Count(f => f.MeasureId == m.Id && f.FiscalYear == fiscalYear),
                Committee = db.CommitteeFindings.Where(f => f.MeasureId == m.Id && f.FiscalYear == fiscalYear).Select(f => (CommitteeFindingState?)f.State).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. measures.Select(m => new ReviewMeasureRow(m.Id, m.Number, m.Title, m.State, m.Mine, m.Findings, m.Committee))];
    }

    /// <summary>A measure's record of the year as a reviewer reads it: the texts and values, only when submitted or approved.</summary>
    public async Task<ReviewedRecord?> RecordAsync(int measureId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var record = await db.PdcaRecords.AsNoTracking().Where(r => r.MeasureId == measureId && r.FiscalYear == fiscalYear)
            .Select(r => new { r.State, r.DoText, r.SelfRating, r.SelfRatingReason, r.ActionText, Values = r.Values.OrderBy(v => v.Indicator!.SortOrder).Select(v => new ReviewedValue(v.Indicator!.Name, v.Value, v.Indicator.Unit, v.Indicator.Decimals, v.NotAvailableReason)).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return record is null || !ReviewerAccess.IsReadableState(record.State)
            ? null
            : new ReviewedRecord(record.State, record.DoText, record.SelfRating, record.SelfRatingReason, record.ActionText, record.Values);
    }

    public async Task<IReadOnlyList<ReviewerFindingLine>> FindingsAsync(int measureId, int fiscalYear, string? onlyReviewer, CancellationToken cancellationToken = default) =>
        await db.ReviewerFindings.AsNoTracking()
            .Where(f => f.MeasureId == measureId && f.FiscalYear == fiscalYear && (onlyReviewer == null || f.Reviewer == onlyReviewer))
            .OrderBy(f => f.Reviewer)
            .Select(f => new ReviewerFindingLine(f.Reviewer, f.Rating, f.Text, f.ChangedAt))
            .ToListAsync(cancellationToken);

    public Task<CommitteeFinding?> CommitteeFindingAsync(int measureId, int fiscalYear, CancellationToken cancellationToken = default) =>
        db.CommitteeFindings.AsNoTracking().SingleOrDefaultAsync(f => f.MeasureId == measureId && f.FiscalYear == fiscalYear, cancellationToken);

    /// <summary>The published committee findings of a measure (number within the period), by fiscal year: what the public reads.</summary>
    public async Task<IReadOnlyList<PublishedCommitteeFinding>> PublishedAsync(int periodId, int measureNumber, CancellationToken cancellationToken = default) =>
        await db.CommitteeFindings.AsNoTracking()
            .Where(f => f.State == CommitteeFindingState.Published && f.Measure!.Number == measureNumber && f.Measure.Policy!.PlanPeriodId == periodId)
            .OrderByDescending(f => f.FiscalYear)
            .Select(f => new PublishedCommitteeFinding(f.FiscalYear, f.Rating!.Value, f.CommitteeOpinion!, f.CityResponse!, f.PublishedAt!.Value))
            .ToListAsync(cancellationToken);

    /// <summary>The published committee findings of a fiscal year on the current period's measures, by measure number (the yearly report).</summary>
    public async Task<IReadOnlyDictionary<int, PublishedCommitteeFinding>> PublishedForYearAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        await db.CommitteeFindings.AsNoTracking()
            .Where(f => f.State == CommitteeFindingState.Published && f.FiscalYear == fiscalYear && f.Measure!.Policy!.PlanPeriod!.IsCurrent)
            .Select(f => new { f.Measure!.Number, Finding = new PublishedCommitteeFinding(f.FiscalYear, f.Rating!.Value, f.CommitteeOpinion!, f.CityResponse!, f.PublishedAt!.Value) })
            .ToDictionaryAsync(f => f.Number, f => f.Finding, cancellationToken);

    public async Task<(int Id, string Title)?> MeasureAsync(int number, CancellationToken cancellationToken = default)
    {
        var measure = await db.Measures.AsNoTracking().Where(m => m.Number == number && m.Policy!.PlanPeriod!.IsCurrent).Select(m => new { m.Id, m.Title }).SingleOrDefaultAsync(cancellationToken);
        return measure is null ? null : (measure.Id, measure.Title);
    }
}

public sealed record ReviewMeasureRow(int Id, int Number, string Title, RecordState? RecordState, FindingRating? MyRating, int FindingCount, CommitteeFindingState? Committee);

public sealed record ReviewedValue(string Indicator, decimal? Value, string Unit, int Decimals, string? NotAvailableReason);

public sealed record ReviewedRecord(RecordState State, string? DoText, string? SelfRating, string? SelfRatingReason, string? ActionText, IReadOnlyList<ReviewedValue> Values);

public sealed record ReviewerFindingLine(string Reviewer, FindingRating Rating, string? Text, DateTime ChangedAt);

/// <summary>The committee's finding and the city's response as the measure page shows them beside that year's evaluation.</summary>
public sealed record PublishedCommitteeFinding(int FiscalYear, FindingRating Rating, string CommitteeOpinion, string CityResponse, DateTime PublishedAt);
