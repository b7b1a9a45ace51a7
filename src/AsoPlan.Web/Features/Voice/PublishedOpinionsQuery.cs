using AsoPlan.Core.Voice;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// The one door to public opinions: published (<see cref="OpinionWorkflow.IsPublic"/>) on a measure of the period shown,
/// newest publication first. The measure page, /opinions, the feed and open data all read through here, and none of
/// them selects a sender's detail.
/// </summary>
public sealed class PublishedOpinionsQuery(AsoPlanDbContext db)
{
    public const int FeedSize = 50;

    public async Task<(IReadOnlyList<PublishedOpinion> Items, int Total)> PageAsync(
        PortalPeriod period, int? measureNumber, int? policyNumber, int? receiptYear, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var query = Published(period);
        if (measureNumber is { } measure)
        {
            query = query.Where(o => o.Measure!.Number == measure);
        }

        if (policyNumber is { } policy)
        {
            query = query.Where(o => o.Measure!.Policy!.Number == policy);
        }

        if (receiptYear is { } year)
        {
            query = query.Where(o => o.ReceiptYear == year);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await Project(query.OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Every published opinion of the period, for open data (oldest first, as a register reads).</summary>
    public async Task<IReadOnlyList<PublishedOpinion>> AllAsync(PortalPeriod period, CancellationToken cancellationToken) =>
        await Project(Published(period).OrderBy(o => o.PublishedAt).ThenBy(o => o.Id)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PublishedOpinion>> LatestAsync(PortalPeriod period, CancellationToken cancellationToken) =>
        await Project(Published(period).OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id).Take(FeedSize)).ToListAsync(cancellationToken);

    /// <summary>The fiscal years in which published opinions of the period were received, newest first (the year filter).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(PortalPeriod period, CancellationToken cancellationToken) =>
        await Published(period).Select(o => o.ReceiptYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    private IQueryable<Opinion> Published(PortalPeriod period) =>
        db.Opinions.AsNoTracking().Where(o => o.State == OpinionState.Published && o.Measure!.Policy!.PlanPeriodId == period.Id
            && o.Text != null && o.ReplyText != null && o.PublishedAt != null);

    private static IQueryable<PublishedOpinion> Project(IQueryable<Opinion> query) => query.Select(o => new PublishedOpinion(
        o.Id, o.Measure!.Number, o.Measure.Title, o.Measure.Policy!.Number, o.AssignedSection!.Name, o.ReceivedAt, o.PublishedAt!.Value, o.Text!, o.ReplyText!));
}
