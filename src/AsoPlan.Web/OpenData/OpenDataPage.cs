namespace AsoPlan.Web.OpenData;

public sealed record OpenDataPage(IReadOnlyList<OpenDataColumn> Columns, int SeriesCount);
