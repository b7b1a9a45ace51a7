using AsoPlan.Core.Plan;
using AsoPlan.Web.Features.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static AsoPlan.Web.Features.PlanWorkbook.PlanWorkbookLayout;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>
/// The input lists of the plan workbook (目指す方向, 種類, 部コード, 課コード, SDGsのゴール, 小数桁数), added to the file
/// MiniExcel wrote. MiniExcel (1.46.0) cannot write data validations, so the Open XML SDK adds a
/// <c>&lt;dataValidations&gt;</c> element to each sheet that needs one, at the place the schema gives it
/// (docs/decisions/2201). The lists only help whoever types; the upload checks every cell again.
/// </summary>
public static class PlanWorkbookValidations
{
    /// <summary>Rows 2 to this get the lists: far more than a plan has.</summary>
    public const int LastRow = 2000;

    // Elements the schema puts after <dataValidations> in a worksheet; the new element goes before the first present.
    private static readonly Type[] After =
    [
        typeof(Hyperlinks), typeof(PrintOptions), typeof(PageMargins), typeof(PageSetup), typeof(HeaderFooter), typeof(RowBreaks),
        typeof(ColumnBreaks), typeof(CustomProperties), typeof(CellWatches), typeof(IgnoredErrors), typeof(Drawing),
        typeof(LegacyDrawing), typeof(LegacyDrawingHeaderFooter), typeof(Picture), typeof(OleObjects), typeof(Controls),
        typeof(WebPublishItems), typeof(TableParts), typeof(WorksheetExtensionList),
    ];

    public static byte[] Add(byte[] workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var directions = string.Join(",", Enum.GetValues<IndicatorDirection>().Select(d => d.Japanese()));
            Apply(document, Indicators, [List(Indicators["目指す方向"], $"\"{directions}\"", "目指す方向", "一覧から選んでください。"), Whole(Indicators["小数桁数"], 0, 4)]);
            Apply(document, Policies, [
                List(Policies["種類"], $"\"{string.Join(",", KindLabels.Values)}\"", "種類", "「重点」か「基本」を選んでください。"),
                List(Policies["部コード"], Range(Departments, Departments["部コード"]), "部コード", "「部」シートの部コードから選んでください。"),
            ]);
            Apply(document, Measures, [List(Measures["担当課コード"], Range(Sections, Sections["課コード"]), "担当課コード", "「課」シートの課コードから選んでください。")]);
            Apply(document, Projects, [List(Projects["担当課コード"], Range(Sections, Sections["課コード"]), "担当課コード", "「課」シートの課コードから選ぶか、空欄にしてください。")]);
            Apply(document, Sections, [List(Sections["部コード"], Range(Departments, Departments["部コード"]), "部コード", "「部」シートの部コードから選んでください。")]);
            Apply(document, SdgGoals, [List(SdgGoals["ゴール"], $"\"{string.Join(",", Enumerable.Range(1, 17))}\"", "SDGsのゴール", "1〜17から選んでください。")]);
        }

        return stream.ToArray();
    }

    private static string Range(PlanSheet sheet, WorkbookColumn column) => $"'{sheet.Name}'!${column.Letter}$2:${column.Letter}${LastRow}";

    private static DataValidation List(WorkbookColumn column, string formula, string title, string message) => new(new Formula1(formula))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowErrorMessage = true,
        ErrorTitle = title,
        Error = message,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column.Letter}2:{column.Letter}{LastRow}" },
    };

    private static DataValidation Whole(WorkbookColumn column, int from, int to) => new(new Formula1(from.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Formula2(to.ToString(System.Globalization.CultureInfo.InvariantCulture)))
    {
        Type = DataValidationValues.Whole,
        Operator = DataValidationOperatorValues.Between,
        AllowBlank = true,
        ShowErrorMessage = true,
        ErrorTitle = column.Header,
        Error = $"{from}〜{to}の整数を入力してください。",
        SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column.Letter}2:{column.Letter}{LastRow}" },
    };

    private static void Apply(SpreadsheetDocument document, PlanSheet sheet, IReadOnlyList<DataValidation> validations)
    {
        var workbookPart = document.WorkbookPart!;
        var id = workbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == sheet.Name).Id!.Value!;
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(id)).Worksheet;
        var element = new DataValidations(validations) { Count = (uint)validations.Count };
        var next = worksheet.ChildElements.FirstOrDefault(e => After.Contains(e.GetType()));
        if (next is null)
        {
            worksheet.Append(element);
        }
        else
        {
            worksheet.InsertBefore(element, next);
        }

        worksheet.Save();
    }
}
