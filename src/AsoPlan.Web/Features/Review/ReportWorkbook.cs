using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Spreadsheets;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// The evaluation report as an .xlsx workbook, one sheet per policy (施策評価シート), written with
/// MiniExcel (docs/decisions/0301-miniexcel.md), and the same lines as CSV.
/// </summary>
public static class ReportWorkbook
{
    public const string ContentType = XlsxFile.ContentType;

    public static string FileName(int year) => $"施策評価_{ValueFormat.Wareki(year)}.xlsx";

    /// <summary>Sheet names: 政策1 発展 … (Excel allows 31 characters and no []:*?/\).</summary>
    public static string SheetName(PolicyReport policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var name = $"政策{policy.Number} {policy.ShortName}";
        return new string([.. name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)])[..Math.Min(name.Length, 31)];
    }

    public static Task<byte[]> WriteAsync(EvaluationReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheets = report.Policies.ToDictionary(SheetName, p => (object)Rows(p.Measures.SelectMany(m => m.Lines)));
        var configuration = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.Default,
            AutoFilter = true,
            FreezeRowCount = 1,
            DynamicColumns = [.. ReportColumns.All.Select((c, index) => new DynamicExcelColumn(c.Header) { Index = index, Width = c.Width, Format = c.Format })],
        };
        return Task.FromResult(XlsxFile.Write(sheets, configuration));
    }

    /// <summary>Rows keyed by column heading, in column order; empty cells stay empty (null).</summary>
    public static List<Dictionary<string, object?>> Rows(IEnumerable<ReportLine> lines) =>
        [.. lines.Select(line => ReportColumns.All.ToDictionary(c => c.Header, c => c.Value(line)))];
}
