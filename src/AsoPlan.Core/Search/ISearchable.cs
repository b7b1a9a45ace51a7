namespace AsoPlan.Core.Search;

/// <summary>
/// A plan item citizens can search for. <see cref="SearchText"/> holds its fields folded (<see cref="SearchFolding"/>)
/// so the database matches a folded query with a plain substring test, for SQLite and SQL Server alike; the context
/// refreshes it whenever the item is saved.
/// </summary>
public interface ISearchable
{
    string SearchText { get; set; }

    /// <summary>The fields search looks in, in the order excerpts prefer them.</summary>
    IEnumerable<string?> SearchFields();
}
