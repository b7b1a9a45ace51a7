using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>indicators.csv, written by <see cref="CsvText"/>: numbers with the indicator's decimals, no formula in any text.</summary>
public static class IndicatorCsv
{
    public static byte[] Write(IReadOnlyList<OpenDataColumn> columns, IEnumerable<IndicatorSeries> series)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(series);
        return CsvText.Write(
            columns.Select(c => c.Header),
            series.Select(item => columns.Select(c => CsvText.Field(c.Value(item), c.Decimals ?? item.Row.Decimals))));
    }
}
