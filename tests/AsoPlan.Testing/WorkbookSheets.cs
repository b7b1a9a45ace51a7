using MiniExcelLibs;

namespace AsoPlan.Testing;

/// <summary>
/// A workbook as a person edits it: every sheet's rows keyed by the heading in row 1, read and written back with
/// MiniExcel (as Excel would save it, without the portal's styles or input lists).
/// </summary>
public static class WorkbookSheets
{
    public static Dictionary<string, List<Dictionary<string, object?>>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        return stream.GetSheetNames().ToDictionary(
            name => name,
            name => stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>()
                .Select(row => new Dictionary<string, object?>(row)).ToList());
    }

    public static byte[] Write(Dictionary<string, List<Dictionary<string, object?>>> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        stream.SaveAs(sheets.ToDictionary(s => s.Key, s => (object)s.Value.Select(AsExcelKeepsIt).ToList()));
        return stream.ToArray();
    }

    /// <summary>Excel keeps every number as a double: 98.30 is saved as 98.3 (MiniExcel reads it back as a decimal with its zeros).</summary>
    private static Dictionary<string, object?> AsExcelKeepsIt(Dictionary<string, object?> row) =>
        row.ToDictionary(c => c.Key, c => c.Value is decimal d ? (double)d : c.Value);

    /// <summary>The row (0-based within the data rows) whose <paramref name="header"/> cell is <paramref name="value"/>; its sheet row is this + 2.</summary>
    public static int IndexOf(List<Dictionary<string, object?>> rows, string header, object value)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var index = rows.FindIndex(r => Equals(r.GetValueOrDefault(header), value));
        return index >= 0 ? index : throw new InvalidOperationException($"No row with {header} = {value}.");
    }
}
