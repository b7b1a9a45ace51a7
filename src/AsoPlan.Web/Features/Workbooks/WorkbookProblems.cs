using static AsoPlan.Web.Features.Workbooks.EntryWorkbookLayout;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>
/// The problems of an upload, each tied to where it is (「シート「実績」 行5 列J（実績値）: …」), listed in
/// sheet, row and column order whatever order they were found in.
/// </summary>
public sealed class WorkbookProblems(IReadOnlyList<string> sheetOrder)
{
    private readonly List<string> sheetOrder = [.. sheetOrder];

    private readonly List<(int Sheet, int Row, string Column, string Text)> problems = [];

    /// <summary>The problems of a staff entry workbook (表紙, 実績, PDCA, 事務事業).</summary>
    public WorkbookProblems()
        : this(Sheets)
    {
    }

    public int Count => problems.Count;

    public void AtCell(string sheet, int row, WorkbookColumn column, string message)
    {
        ArgumentNullException.ThrowIfNull(column);
        problems.Add((sheetOrder.IndexOf(sheet), row, column.Letter, $"シート「{sheet}」 行{row} 列{column.Letter}（{column.Header}）: {message}"));
    }

    /// <summary>A problem of a sheet as a whole (a missing row), listed after its cells.</summary>
    public void InSheet(string sheet, string message) =>
        problems.Add((sheetOrder.IndexOf(sheet), int.MaxValue, string.Empty, $"シート「{sheet}」: {message}"));

    /// <summary>A problem of a row as a whole, listed before its cells.</summary>
    public void AtRow(string sheet, int row, string message) =>
        problems.Add((sheetOrder.IndexOf(sheet), row, string.Empty, $"シート「{sheet}」 行{row}: {message}"));

    /// <summary>A problem of the workbook as a whole (a record that cannot be changed), listed last.</summary>
    public void General(string message) => problems.Add((sheetOrder.Count, int.MaxValue, string.Empty, message));

    public IReadOnlyList<string> List() =>
        [.. problems.OrderBy(p => p.Sheet).ThenBy(p => p.Row).ThenBy(p => p.Column.Length).ThenBy(p => p.Column, StringComparer.Ordinal).Select(p => p.Text)];
}
