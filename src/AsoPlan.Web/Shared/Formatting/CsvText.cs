using System.Buffers;
using System.Globalization;
using System.Text;

namespace AsoPlan.Web.Shared.Formatting;

/// <summary>
/// Every CSV the portal writes: UTF-8 with BOM (so Excel in Japan opens it), CRLF, RFC 4180 quoting, and no
/// field that a spreadsheet would run as a formula. Text that begins with <c>= + - @</c>, a tab or a carriage
/// return gets a leading apostrophe (OWASP, CSV injection), so <c>=HYPERLINK(…)</c> typed into a record or an
/// indicator name reaches the reader as text. Numbers are written as numbers and a text that is a plain
/// number (<c>-12.5</c>) is left as it is: Excel reads it as that number, never as a formula, and a negative
/// value must stay a value the reader can calculate with.
/// </summary>
public static class CsvText
{
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>The file: a header line and the records, each field made by <see cref="Field"/> (the only way to make one).</summary>
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<CsvField>> records)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        var text = new StringBuilder();
        AppendLine(text, header.Select(h => Field(h)));
        foreach (var record in records)
        {
            AppendLine(text, record);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>
    /// One field as it goes into the file: numbers in invariant notation (a decimal with
    /// <paramref name="decimals"/> places when given), text neutralised and quoted when it must be.
    /// </summary>
    public static CsvField Field(object? value, int? decimals = null) => new(value switch
    {
        null => string.Empty,
        decimal number when decimals is int places => number.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        decimal or double or float or int or long or short or byte => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        string text => Quote(Neutralise(text)),
        IFormattable formattable => Quote(Neutralise(formattable.ToString(null, CultureInfo.InvariantCulture))),
        _ => Quote(Neutralise(value.ToString() ?? string.Empty)),
    });

    /// <summary>The text with an apostrophe in front when a spreadsheet would take it for a formula.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 2 || !FormulaStarts.Contains(text[0]) || IsPlainNumber(text))
        {
            // A lone "-" (the plan's mark for "no baseline") or "=" cannot start a formula.
            return text;
        }

        return "'" + text;
    }

    /// <summary>Quotes a field only when it holds a comma, a quote or a line break; quotes inside are doubled.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(NeedsQuotes) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>An optional minus, digits, and optionally a point and digits: what Excel reads as a number and nothing else.</summary>
    private static bool IsPlainNumber(string text)
    {
        var digits = text.AsSpan(text[0] == '-' ? 1 : 0);
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        return whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9')));
    }

    private static void AppendLine(StringBuilder text, IEnumerable<CsvField> fields) =>
        text.Append(string.Join(',', fields.Select(f => f.Text))).Append("\r\n");
}

/// <summary>A field as written to the file, made safe by <see cref="CsvText.Field"/>.</summary>
public readonly record struct CsvField
{
    internal CsvField(string text) => Text = text;

    public string Text { get; }
}
