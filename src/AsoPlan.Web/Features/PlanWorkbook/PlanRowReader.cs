using System.Globalization;
using AsoPlan.Core.Input;
using AsoPlan.Web.Features.Workbooks;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>
/// Reads the cells of one row of a plan workbook sheet, putting each cell it cannot read on the problem list (and in
/// <see cref="Unreadable"/>, so the plan validator's later word on the same cell is not listed twice). A cell that
/// cannot be read gives a placeholder; the plan is then still checked but never applied.
/// </summary>
public sealed class PlanRowReader(PlanSheet sheet, SheetRow row, WorkbookProblems problems, HashSet<(string, int, string)> unreadable)
{
    public int Row => row.Number;

    public PlanSheet Sheet => sheet;

    public static HashSet<(string Sheet, int Row, string Letter)> NewUnreadableSet() => [];

    /// <summary>The text of a cell, line breaks as <c>\n</c>; null when blank.</summary>
    public string? Optional(string header) => row.Text(sheet[header])?.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>A text the plan file requires; a blank cell is an empty text (the plan validator says where one must not be).</summary>
    public string Text(string header) => Optional(header) ?? string.Empty;

    /// <summary>A list kept in one cell: paragraphs apart by a blank line, list items one per line.</summary>
    public IReadOnlyList<string> List(string header, string separator) =>
        Optional(header) is { } text ? text.Split(separator) : [];

    public int? OptionalWhole(string header)
    {
        var text = Optional(header);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(NumberInput.Normalize(text.Trim()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(header, "整数を入力してください（年度は西暦の4桁、例: 2025）。");
        return null;
    }

    public int Whole(string header)
    {
        if (Optional(header) is null)
        {
            Problem(header, "入力してください。");
            return 0;
        }

        return OptionalWhole(header) ?? 0;
    }

    /// <summary>A number as Excel shows it (15 significant digits), full-width digits and separators accepted.</summary>
    public decimal? Number(string header)
    {
        var text = Optional(header);
        if (text is null)
        {
            return null;
        }

        var plain = NumberInput.Normalize(text.Trim()).Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Problem(header, "数値として読み取れません（例: 1234.5）。");
            return null;
        }

        return value;
    }

    public void Problem(string header, string message)
    {
        var column = sheet[header];
        unreadable.Add((sheet.Name, row.Number, column.Letter));
        problems.AtCell(sheet.Name, row.Number, column, message);
    }
}
