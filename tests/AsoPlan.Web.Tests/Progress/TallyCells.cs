using System.Text.RegularExpressions;
using AsoPlan.Core.Progress;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>Reads the counts a person sees in a rendered counts-by-rating table (the shared _RatingTallyTable).</summary>
public static partial class TallyCells
{
    /// <summary>The counts of the row whose header is <paramref name="rowLabel"/> in the table with <paramref name="tableId"/>.</summary>
    public static RatingTally Read(string html, string tableId, string rowLabel)
    {
        var table = TablePattern().Matches(html).Select(m => m.Value).SingleOrDefault(t => t.Contains($"id=\"{tableId}\"", StringComparison.Ordinal));
        Assert.True(table is not null, $"no table {tableId}");
        var row = RowPattern().Matches(table).Select(m => m.Value).SingleOrDefault(r => Regex.Replace(HeaderPattern().Match(r).Groups[1].Value, "<[^>]+>", "").Trim() == rowLabel);
        Assert.True(row is not null, $"no row {rowLabel} in {tableId}");
        int Cell(string attribute) => int.Parse(Regex.Match(row, $"<td class=\"num\" {attribute}>(\\d+)</td>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new RatingTally(
            Cell("data-rating=\"A\""),
            Cell("data-rating=\"B\""),
            Cell("data-rating=\"C\""),
            Cell("data-rating=\"D\""),
            Cell("data-rating=\"none\""),
            Cell("data-worse"));
    }

    [GeneratedRegex("<table[^>]*>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<th scope=\"row\">(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderPattern();
}
