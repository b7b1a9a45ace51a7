using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Spreadsheets;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace AsoPlan.Web.Features.Budget;

/// <summary>
/// The 事務事業評価シート of a measure's year as an .xlsx: one sheet per project, named by its code, each the sheet's lines
/// (区分, 項目, 内容, 単位) with amounts as numbers; written by MiniExcel like every workbook of the portal.
/// </summary>
public static class ProjectSheetWorkbook
{
    private static readonly (string Header, int Width)[] Columns = [("区分", 24), ("項目", 30), ("内容", 50), ("単位", 8)];

    public static string FileName(int measureNumber, int fiscalYear) => $"事務事業評価シート_実施施策{measureNumber}_{ValueFormat.Wareki(fiscalYear)}.xlsx";

    public static byte[] Write(IReadOnlyList<ProjectSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var content = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            content[sheet.Code] = sheet.Lines.Select(l => new Dictionary<string, object?>
            {
                [Columns[0].Header] = l.Group,
                [Columns[1].Header] = l.Item,
                [Columns[2].Header] = l.Value,
                [Columns[3].Header] = l.Value is decimal ? l.Unit : null,
            }).ToList();
        }

        var configuration = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.Default,
            DynamicColumns = [.. Columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width })],
        };
        return XlsxFile.Write(content, configuration);
    }
}
