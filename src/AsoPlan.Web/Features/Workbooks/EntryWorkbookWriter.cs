using AsoPlan.Core.Budget;
using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Spreadsheets;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using static AsoPlan.Web.Features.Workbooks.EntryWorkbookLayout;

namespace AsoPlan.Web.Features.Workbooks;

/// <summary>
/// Writes a section's entry workbook with MiniExcel (docs/decisions/0301-miniexcel.md): 表紙 (which section and
/// year, the record versions, how to fill it in), 実績 (one row per indicator), PDCA (one row per measure) and 事務事業
/// (one row per project).
/// Input cells hold what is stored now, so uploading an untouched workbook changes nothing.
/// </summary>
public static class EntryWorkbookWriter
{
    public const string ContentType = XlsxFile.ContentType;

    public static string FileName(SectionYear target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"実績入力_{target.SectionName}_{ValueFormat.Wareki(target.FiscalYear)}.xlsx";
    }

    public static Task<byte[]> WriteAsync(EntryWorkbook workbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var sheets = new Dictionary<string, object>
        {
            [CoverSheet] = Cover(workbook),
            [ValuesSheet] = Rows(ValueColumns, workbook.Measures.SelectMany(m => m.Indicators.Select(i => ValueRow(m, i)))),
            [PdcaSheet] = Rows(PdcaColumns, workbook.Measures.Select(PdcaRow)),
            [ProjectsSheet] = Rows(ProjectColumns, workbook.Measures.SelectMany(m => m.Projects.Select(p => ProjectRow(workbook.Target, m, p)))),
        };
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            TableStyles = TableStyles.Default,
            DynamicColumns = [.. ValueColumns.Concat(PdcaColumns).Concat(ProjectColumns).Concat(CoverColumns).GroupBy(c => c.Header).Select(g => g.First())
                .Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width })],
        };
        return Task.FromResult(XlsxFile.Write(sheets, configuration));
    }

    private static List<Dictionary<string, object?>> Cover(EntryWorkbook workbook)
    {
        var target = workbook.Target;
        var rows = new List<(string Item, object? Content)>
        {
            (FormItem, FormName),
            (SectionItem, target.SectionName),
            (SectionCodeItem, target.SectionCode),
            (YearItem, target.FiscalYear),
            (WarekiItem, ValueFormat.Wareki(target.FiscalYear)),
            (CreatedItem, JapanTime.DateTime(workbook.CreatedAt)),
            (GuideItem, "「実績」シートの「実績値」「速報値」「未確定」「未確定の理由」「測定方法の補足」と、「PDCA」シートの「取組実績（Do）」「自己評価（Check）」「自己評価の理由」「改善・今後の方向性（Action）」を入力してください。"),
            (GuideItem, $"実績値が速報値のときは「速報値」に「{NotAvailableMark}」を入れてください（確定値が出たら訂正で更新します）。まだ数値が出ていない指標は、「未確定」に「{NotAvailableMark}」を入れ、実績値を空欄にして理由を書いてください。自己評価はA〜Dのいずれかです。"),
            (GuideItem, $"「事務事業」シートには、事業ごとの予算・決算（千円）、財源内訳（合計が決算額と一致すること）、人工（小数第1位まで）、活動指標、対象・意図・手段、今後の方向性（{string.Join("・", ProjectDirections.All.Select(ProjectDirections.Label))}のいずれか。継続以外は理由も）を入力してください。行をすべて空欄にした事業は、その年度の記録がないものとして保存されます。"),
            (GuideItem, "行・列・シートの追加、削除、並べ替えや、指標コード・この表紙の変更はしないでください。取り込むと、入力画面で下書き保存したのと同じ内容になります（空欄は未入力になります）。"),
        };
        rows.AddRange(workbook.Measures.Select(m => (VersionItem(m.Number), (object?)(m.Record?.Version.ToString() ?? string.Empty))));
        return [.. rows.Select(r => new Dictionary<string, object?> { [CoverItem] = r.Item, [CoverContent] = r.Content })];
    }

    private static Dictionary<WorkbookColumn, object?> ValueRow(WorkbookMeasure measure, WorkbookIndicator line)
    {
        var indicator = line.Indicator;
        var stored = measure.Record?.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id);
        return new()
        {
            [ValueMeasure] = measure.Number,
            [ValueMeasureTitle] = measure.Title,
            [IndicatorCode] = indicator.Code,
            [IndicatorName] = indicator.Name,
            [Unit] = indicator.Unit,
            [Baseline] = line.Baseline,
            [Target] = line.Target,
            [LastYearValue] = line.LastYearValue,
            [LastYearState] = line.LastYearStateText,
            [Value] = stored?.Value,
            [Preliminary] = stored is { Value: not null, IsPreliminary: true } ? NotAvailableMark : null,
            [NotAvailable] = stored is { Value: null, NotAvailableReason: not null } ? NotAvailableMark : null,
            [NotAvailableReason] = stored?.NotAvailableReason,
            [MeasurementNote] = stored?.MeasurementNote,
        };
    }

    private static Dictionary<WorkbookColumn, object?> PdcaRow(WorkbookMeasure measure) => new()
    {
        [PdcaMeasure] = measure.Number,
        [PdcaMeasureTitle] = measure.Title,
        [State] = measure.Record?.State.Japanese() ?? ((RecordState?)null).Japanese(),
        [ReviewComment] = measure.Record is { State: RecordState.Returned } returned ? returned.ReviewComment : null,
        [DoText] = measure.Record?.DoText,
        [SelfRating] = measure.Record?.SelfRating,
        [SelfRatingReason] = measure.Record?.SelfRatingReason,
        [ActionText] = measure.Record?.ActionText,
    };

    /// <summary>A project's line: which project, and its year as stored (numbers as numbers, the direction in words).</summary>
    private static Dictionary<WorkbookColumn, object?> ProjectRow(SectionYear target, WorkbookMeasure measure, Project project)
    {
        var stored = measure.Record?.Projects.FirstOrDefault(p => p.ProjectId == project.Id);
        var row = new Dictionary<WorkbookColumn, object?>
        {
            [ProjectMeasure] = measure.Number,
            [ProjectCode] = project.Code,
            [ProjectName] = project.Name,
            [ProjectSection] = project.OwnerSection?.Name ?? target.SectionName,
            [ProjectBudgetCode] = project.BudgetCode,
        };
        foreach (var (field, column) in ProjectInputs)
        {
            // The input columns are named after ProjectYear's members (ProjectFields), as the form's inputs are.
            var value = stored is null ? null : typeof(ProjectYear).GetProperty(field)!.GetValue(stored);
            row[column] = value is ProjectDirection direction ? ProjectDirections.Label(direction) : value;
        }

        return row;
    }

    /// <summary>Rows keyed by heading in column order. A sheet without rows still gets its heading row.</summary>
    private static List<Dictionary<string, object?>> Rows(IReadOnlyList<WorkbookColumn> columns, IEnumerable<Dictionary<WorkbookColumn, object?>> rows)
    {
        var list = rows.Select(r => columns.ToDictionary(c => c.Header, c => r[c])).ToList();
        return list.Count > 0 ? list : [columns.ToDictionary(c => c.Header, _ => (object?)null)];
    }
}
