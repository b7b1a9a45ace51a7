using AsoPlan.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data;

/// <summary>
/// Brings every plan item's search column up to date at startup: rows that existed before the column (or before a
/// change to the folding rules) are refolded once; a database already up to date is only read.
/// </summary>
public static class SearchColumns
{
    public static async Task<int> RefreshAsync(AsoPlanDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var items = new List<ISearchable>();
        items.AddRange(await db.Policies.ToListAsync(cancellationToken).ConfigureAwait(false));
        items.AddRange(await db.Measures.ToListAsync(cancellationToken).ConfigureAwait(false));
        items.AddRange(await db.Initiatives.ToListAsync(cancellationToken).ConfigureAwait(false));
        items.AddRange(await db.Indicators.ToListAsync(cancellationToken).ConfigureAwait(false));
        items.AddRange(await db.Projects.ToListAsync(cancellationToken).ConfigureAwait(false));
        var stale = 0;
        foreach (var item in items)
        {
            var text = SearchFolding.Column([.. item.SearchFields()]);
            if (item.SearchText != text)
            {
                item.SearchText = text;
                stale++;
            }
        }

        if (stale > 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        return stale;
    }
}
