using AsoPlan.Core.Progress;
using AsoPlan.Core.Publication;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

/// <summary>
/// The only door through which actual values reach public pages and open data: what approvals published (the
/// current publication of each record), with the evaluation as published. Drafts, submissions, returned records
/// and a correction under way are never read here; a later target change does not alter what is read.
/// </summary>
public sealed class ApprovedActuals(AsoPlanDbContext db)
{
    /// <summary>Published entries by indicator id, for the given measure (all measures when null).</summary>
    public async Task<ILookup<int, PublishedEntry>> ByIndicatorAsync(int? measureId, CancellationToken cancellationToken)
    {
        var rows = await PortalQueries.PublishedValues(db, measureId).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.Value.IndicatorId, r => new PublishedEntry(
            r.FiscalYear,
            r.Value.Value,
            r.Value.Status,
            r.Value.NotAvailableReason,
            r.Value.ToAchievement(r.FiscalYear)));
    }
}

/// <summary>An indicator's published entry for a year: the value (null: 未確定 with its reason), its status and its evaluation as published.</summary>
public sealed record PublishedEntry(int FiscalYear, decimal? Value, ValueStatus Status, string? NotAvailableReason, Achievement? Achievement)
{
    /// <summary>確定 / 速報値 / 未確定（理由） / 訂正済.</summary>
    public string StatusLabel => Publishing.Label(Status, NotAvailableReason);
}
