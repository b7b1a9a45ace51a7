using System.Globalization;
using AsoPlan.Core.Input;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Features.Workbooks;
using static AsoPlan.Web.Features.PlanWorkbook.PlanWorkbookLayout;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>
/// The 計画 sheet read by its labels (column A), so a row found anywhere in the sheet counts; a label that is missing
/// or given twice is a problem. Each item's value cell is column B of its row.
/// </summary>
internal sealed class PlanOverviewItems
{
    private readonly Dictionary<string, SheetRow> rows = new(StringComparer.Ordinal);
    private readonly WorkbookProblems problems;
    private readonly HashSet<(string Sheet, int Row, string Letter)> unreadable;

    public PlanOverviewItems(IReadOnlyList<SheetRow> sheetRows, WorkbookProblems problems, HashSet<(string Sheet, int Row, string Letter)> unreadable)
    {
        this.problems = problems;
        this.unreadable = unreadable;
        foreach (var row in sheetRows.Skip(1).Where(r => !r.IsBlank))
        {
            var label = row.Text(Overview.Columns[0])?.Trim();
            if (label is null || !PlanItems.Any(i => i.Label == label))
            {
                problems.AtCell(Overview.Name, row.Number, Overview.Columns[0], $"項目「{label}」はこの様式にありません。A列の項目名は変えないでください。");
            }
            else if (!rows.TryAdd(label, row))
            {
                problems.AtCell(Overview.Name, row.Number, Overview.Columns[0], $"項目「{label}」が2回あります。");
            }
        }

        foreach (var missing in PlanItems.Where(i => !rows.ContainsKey(i.Label)))
        {
            problems.InSheet(Overview.Name, $"項目「{missing.Label}」の行がありません。");
        }
    }

    public string? Optional(string label) =>
        rows.TryGetValue(label, out var row) ? row.Text(Overview.Columns[1])?.Replace("\r\n", "\n", StringComparison.Ordinal) : null;

    public string Text(string label) => Optional(label) ?? string.Empty;

    public IReadOnlyList<string> List(string label) => Optional(label) is { } text ? text.Split(ParagraphBreak) : [];

    /// <summary>A year, or null (with the problem listed on its cell) when the cell is blank or not a year.</summary>
    public int? Year(string label)
    {
        var text = Optional(label);
        if (text is not null && int.TryParse(NumberInput.Normalize(text.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        if (rows.TryGetValue(label, out var row))
        {
            unreadable.Add((Overview.Name, row.Number, Overview.Columns[1].Letter));
            problems.AtCell(Overview.Name, row.Number, Overview.Columns[1], text is null ? "年度（西暦、例: 2025）を入力してください。" : "年度は西暦の4桁の整数で入力してください（例: 2025）。");
        }

        return null;
    }

    /// <summary>Notes the cell of each item, so the validator's problem with, say, the period's code lands on its row.</summary>
    public void Map(PlanCellMap map, PlanSeed seed, PeriodSeed period)
    {
        foreach (var item in PlanItems.Where(i => rows.ContainsKey(i.Label)))
        {
            map.Cell(item.OfPeriod ? period : seed, item.Field, new PlanCell(Overview, rows[item.Label].Number, Overview.Columns[1]));
        }
    }
}
