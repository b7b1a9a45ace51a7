using System.Globalization;
using System.Text;

namespace AsoPlan.Web.OpenData;

/// <summary>indicators.csv: UTF-8 with BOM (so Excel in Japan opens it), CRLF, RFC 4180 quoting.</summary>
public static class IndicatorCsv
{
    public static byte[] Write(IReadOnlyList<OpenDataColumn> columns, IEnumerable<IndicatorSeries> series)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(series);
        var text = new StringBuilder();
        AppendLine(text, columns.Select(c => c.Header));
        foreach (var item in series)
        {
            AppendLine(text, columns.Select(c => Cell(c.Value(item), c.Decimals ?? item.Row.Decimals)));
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>Numbers with the indicator's decimals, no thousands separators; empty for no value.</summary>
    public static string Cell(object? value, int decimals) => value switch
    {
        null => string.Empty,
        decimal number => number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Quotes a field only when it holds a comma, a quote or a line break; quotes inside are doubled.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");
}
