namespace AsoPlan.Web.Features.Workbooks;

/// <summary>A column of an entry workbook sheet: its heading, width, and whether staff fill it in.</summary>
/// <param name="Letter">The column's letter in its sheet (A, B …); checked against its position by the layout tests.</param>
public sealed record WorkbookColumn(string Letter, string Header, int Width, bool Input = false);

/// <summary>
/// The one description of the staff entry workbook (docs/excel-round-trip.md), used both to write it and
/// to read it back: sheet names, the cover's items, and each sheet's columns in order.
/// </summary>
public static class EntryWorkbookLayout
{
    /// <summary>Names the layout, so a workbook of another kind (or a later layout) is recognised and refused.</summary>
    public const string FormName = "AsoPlan 実績入力ワークブック 第2版";

    /// <summary>The layout before the 速報値 column (refused with its own message: download again).</summary>
    public const string FormerFormName = "AsoPlan 実績入力ワークブック 第1版";

    public const string CoverSheet = "表紙";
    public const string ValuesSheet = "実績";
    public const string PdcaSheet = "PDCA";

    public const string CoverItem = "項目";
    public const string CoverContent = "内容";
    public const string FormItem = "様式";
    public const string SectionItem = "課";
    public const string SectionCodeItem = "課コード";
    public const string YearItem = "年度";
    public const string WarekiItem = "年度（和暦）";
    public const string CreatedItem = "作成日時";
    public const string GuideItem = "記入方法";

    /// <summary>Marks 未確定 in the 未確定 column (and a 速報値 in the 速報値 column); a blank cell means no.</summary>
    public const string NotAvailableMark = "○";

    /// <summary>The record version the workbook was made from; empty for a record not yet created.</summary>
    public static string VersionItem(int measureNumber) => $"実施施策{measureNumber}の記録の版";

    public static readonly WorkbookColumn ValueMeasure = new("A", "実施施策", 8);
    public static readonly WorkbookColumn ValueMeasureTitle = new("B", "施策名", 24);
    public static readonly WorkbookColumn IndicatorCode = new("C", "指標コード", 11);
    public static readonly WorkbookColumn IndicatorName = new("D", "成果指標", 36);
    public static readonly WorkbookColumn Unit = new("E", "単位", 7);
    public static readonly WorkbookColumn Baseline = new("F", "基準値", 16);
    public static readonly WorkbookColumn Target = new("G", "目標値", 18);
    public static readonly WorkbookColumn LastYearValue = new("H", "前年度の実績値", 14);
    public static readonly WorkbookColumn LastYearState = new("I", "前年度の記録の状態", 12);
    public static readonly WorkbookColumn Value = new("J", "実績値", 14, Input: true);
    public static readonly WorkbookColumn Preliminary = new("K", "速報値", 8, Input: true);
    public static readonly WorkbookColumn NotAvailable = new("L", "未確定", 8, Input: true);
    public static readonly WorkbookColumn NotAvailableReason = new("M", "未確定の理由", 30, Input: true);
    public static readonly WorkbookColumn MeasurementNote = new("N", "測定方法の補足", 30, Input: true);

    public static readonly WorkbookColumn PdcaMeasure = new("A", "実施施策", 8);
    public static readonly WorkbookColumn PdcaMeasureTitle = new("B", "施策名", 24);
    public static readonly WorkbookColumn State = new("C", "記録の状態", 10);
    public static readonly WorkbookColumn ReviewComment = new("D", "差戻しコメント", 30);
    public static readonly WorkbookColumn DoText = new("E", "取組実績（Do）", 50, Input: true);
    public static readonly WorkbookColumn SelfRating = new("F", "自己評価（Check）", 10, Input: true);
    public static readonly WorkbookColumn SelfRatingReason = new("G", "自己評価の理由", 40, Input: true);
    public static readonly WorkbookColumn ActionText = new("H", "改善・今後の方向性（Action）", 50, Input: true);

    public static IReadOnlyList<WorkbookColumn> ValueColumns { get; } =
    [
        ValueMeasure, ValueMeasureTitle, IndicatorCode, IndicatorName, Unit, Baseline, Target, LastYearValue, LastYearState,
        Value, Preliminary, NotAvailable, NotAvailableReason, MeasurementNote,
    ];

    public static IReadOnlyList<WorkbookColumn> PdcaColumns { get; } =
        [PdcaMeasure, PdcaMeasureTitle, State, ReviewComment, DoText, SelfRating, SelfRatingReason, ActionText];

    public static readonly WorkbookColumn CoverItemColumn = new("A", CoverItem, 24);
    public static readonly WorkbookColumn CoverContentColumn = new("B", CoverContent, 90);

    public static IReadOnlyList<WorkbookColumn> CoverColumns { get; } = [CoverItemColumn, CoverContentColumn];
}
