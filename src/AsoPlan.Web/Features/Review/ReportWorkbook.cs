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
        sheets[ProjectsSheet] = ProjectRows(report);
        var configuration = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.Default,
            AutoFilter = true,
            FreezeRowCount = 1,
            DynamicColumns = [.. ReportColumns.All.Select((c, index) => new DynamicExcelColumn(c.Header) { Index = index, Width = c.Width, Format = c.Format })
                .Concat(ProjectColumns.Where(c => ReportColumns.All.All(r => r.Header != c.Header)).Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width }))],
        };
        return Task.FromResult(XlsxFile.Write(sheets, configuration));
    }

    /// <summary>The sheet of the measures' approved 事務事業 years: one row per project (千円).</summary>
    public const string ProjectsSheet = "事務事業";

    private static readonly (string Header, int Width, Func<MeasureReport, Budget.PublishedProjectYear, object?> Value)[] ProjectColumns =
    [
        ("実施施策", 8, (m, _) => m.Number),
        ("施策名", 30, (m, _) => m.Title),
        ("事業コード", 10, (_, p) => p.Code),
        ("事務事業", 30, (_, p) => p.Name),
        ("決算額（千円）", 12, (_, p) => p.Settlement),
        ("人件費（千円）", 12, (_, p) => p.PersonnelCost),
        ("トータルコスト（千円）", 14, (_, p) => p.TotalCost),
        ("活動指標", 24, (_, p) => p.ActivityName),
        ("活動指標の目標", 12, (_, p) => p.ActivityTarget),
        ("活動指標の実績", 12, (_, p) => p.ActivityActual),
        ("活動指標の単位", 10, (_, p) => p.ActivityUnit),
        ("今後の方向性", 12, (_, p) => p.Direction is null ? null : p.DirectionLabel),
        ("方向性の理由", 40, (_, p) => p.DirectionReason),
    ];

    private static List<Dictionary<string, object?>> ProjectRows(EvaluationReport report)
    {
        var rows = report.Policies.SelectMany(p => p.Measures).SelectMany(m => m.Projects.Select(p => ProjectColumns.ToDictionary(c => c.Header, c => c.Value(m, p)))).ToList();
        return rows.Count > 0 ? rows : [ProjectColumns.ToDictionary(c => c.Header, _ => (object?)null)];
    }

    /// <summary>Rows keyed by column heading, in column order; empty cells stay empty (null).</summary>
    public static List<Dictionary<string, object?>> Rows(IEnumerable<ReportLine> lines) =>
        [.. lines.Select(line => ReportColumns.All.ToDictionary(c => c.Header, c => c.Value(line)))];
}
