using AsoPlan.Core.Plan;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Features.Workbooks;
using static AsoPlan.Web.Features.PlanWorkbook.PlanWorkbookLayout;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>
/// A plan workbook as read: the plan in the file format's records (<see cref="PlanSeed"/>), the cells that could not
/// be read, and where each record came from; or, for a file that is not a plan workbook at all, why.
/// </summary>
public sealed record PlanWorkbookRead(PlanSeed? Seed, WorkbookProblems Problems, HashSet<(string Sheet, int Row, string Letter)> Unreadable, PlanCellMap Map, string? Refusal);

/// <summary>
/// Reads an uploaded plan workbook into the plan file's records, sheet by sheet, row by row (blank rows ignored).
/// It reads and links rows (a measure to its policy by number, an indicator to its measure …); every rule about what
/// a plan may hold is the plan validator's, applied afterwards to what is read here.
/// </summary>
public static class PlanWorkbookReader
{
    public static PlanWorkbookRead Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new WorkbookProblems([.. Sheets.Select(s => s.Name)]);
        var unreadable = PlanRowReader.NewUnreadableSet();
        var map = new PlanCellMap();
        var file = WorkbookFile.Read(content, [.. Sheets.Select(s => s.Name)]);
        if (Refusal(file) is { } refusal)
        {
            return new PlanWorkbookRead(null, problems, unreadable, map, refusal);
        }

        foreach (var sheet in Sheets.Skip(1))
        {
            Headings(sheet, file.Sheets[sheet.Name], problems);
        }

        if (problems.Count > 0)
        {
            return new PlanWorkbookRead(null, problems, unreadable, map, null);
        }

        var rows = (PlanSheet sheet) => file.Sheets[sheet.Name].Skip(1).Where(r => !r.IsBlank).Select(r => new PlanRowReader(sheet, r, problems, unreadable)).ToList();
        var seed = new PlanWorkbookAssembly(rows, problems, unreadable, map).Plan(file.Sheets[Overview.Name]);
        return new PlanWorkbookRead(seed, problems, unreadable, map, null);
    }

    /// <summary>Not a workbook, not this layout, or a sheet missing: the file is refused with one message.</summary>
    private static string? Refusal(WorkbookFile file)
    {
        if (file.Unreadable is { } unreadable)
        {
            return unreadable;
        }

        var missing = Sheets.Where(s => !file.Sheets.ContainsKey(s.Name)).Select(s => $"「{s.Name}」").ToList();
        if (missing.Count > 0)
        {
            return $"シート{string.Join("", missing)}がありません。計画ワークブックの様式をダウンロードして、シートの削除や名前の変更をせずに入力してください。";
        }

        var form = file.Sheets[Guide.Name].FirstOrDefault(r => r.Text(Guide.Columns[0]) == FormItem)?.Text(Guide.Columns[1]);
        return form == FormName ? null : $"このファイルは計画ワークブック（{FormName}）ではありません。/admin/plan から様式をダウンロードして入力してください。";
    }

    /// <summary>Row 1 must be the layout's headings, column by column: a moved or inserted column is refused before any value is read.</summary>
    private static void Headings(PlanSheet sheet, IReadOnlyList<SheetRow> rows, WorkbookProblems problems)
    {
        var heading = rows.FirstOrDefault(r => r.Number == 1);
        foreach (var column in sheet.Columns.Where(c => heading?.Text(c) != c.Header))
        {
            problems.AtCell(sheet.Name, 1, column, $"見出しは「{column.Header}」のはずです。列の追加・削除・並べ替えはしないでください。");
        }

        if (heading is not null && heading.Cells.Keys.Any(k => !sheet.Columns.Any(c => c.Letter == k) && heading.Cells[k] is not null and not ""))
        {
            problems.InSheet(sheet.Name, $"{sheet.Columns[^1].Letter}列より右に列を追加しないでください。");
        }
    }
}
