using AsoPlan.Core.Progress;
using AsoPlan.Core.Publication;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.Portal;

/// <summary>
/// The only door through which actual values reach public pages, /progress and open data: what approvals published
/// (the current publication of each record, 未確定 rows included), with the evaluation as published. Drafts,
/// submissions, returned records and a correction under way are never read here; a later target change does not
/// alter what is read. The planning office's views add submitted values beside these through their own, separately
/// named read (<c>ProgressQueries.SubmittedValues</c>), never through this class.
/// </summary>
public sealed class ApprovedActuals(AsoPlanDbContext db)
{
    /// <summary>Published entries by indicator id, of every year, for the given measure (all measures when null).</summary>
    public Task<ILookup<int, PublishedEntry>> ByIndicatorAsync(int? measureId, CancellationToken cancellationToken) =>
        ByIndicatorAsync(measureId, int.MinValue, int.MaxValue, cancellationToken);

    /// <summary>Published entries by indicator id, of the fiscal years <paramref name="fromYear"/> to <paramref name="toYear"/> (inclusive).</summary>
    public async Task<ILookup<int, PublishedEntry>> ByIndicatorAsync(int? measureId, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var rows = await Published(db, fromYear, toYear, measureId).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.Value.IndicatorId, r => new PublishedEntry(
            r.FiscalYear,
            r.Value.Value,
            r.Value.Status,
            r.Value.NotAvailableReason,
            r.Value.ToAchievement(r.FiscalYear)));
    }

    /// <summary>Compiled once per process: the public hot paths read through it on every cache miss.</summary>
    private static readonly Func<AsoPlanDbContext, int, int, int?, IAsyncEnumerable<PublishedRow>> Published =
        EF.CompileAsyncQuery((AsoPlanDbContext db, int from, int to, int? measureId) => db.PublishedValues.AsNoTracking()
            .Where(v => v.Publication!.IsCurrent && v.Publication.FiscalYear >= from && v.Publication.FiscalYear <= to
                && (measureId == null || v.Publication.MeasureId == measureId))
            .Select(v => new PublishedRow(v.Publication!.FiscalYear, v)));

    private sealed record PublishedRow(int FiscalYear, PublishedValue Value);
}

/// <summary>An indicator's published entry for a year: the value (null: 未確定 with its reason), its status and its evaluation as published.</summary>
public sealed record PublishedEntry(int FiscalYear, decimal? Value, ValueStatus Status, string? NotAvailableReason, Achievement? Achievement)
{
    /// <summary>確定 / 速報値 / 未確定（理由） / 訂正済.</summary>
    public string StatusLabel => Publishing.Label(Status, NotAvailableReason);
}
