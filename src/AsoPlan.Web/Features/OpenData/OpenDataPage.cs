namespace AsoPlan.Web.Features.OpenData;

/// <summary>The open-data page: the files' columns, the licence, the last update and the latest published changes.</summary>
public sealed record OpenDataPage(
    IReadOnlyList<OpenDataColumn> Columns,
    int SeriesCount,
    OpenDataOptions Licence,
    IReadOnlyList<PublishedChange> Changes)
{
    /// <summary>The latest approval or plan change (UTC); null while nothing has been published.</summary>
    public DateTime? LastUpdatedUtc => Changes.Count == 0 ? null : Changes.Max(c => c.AtUtc);
}
