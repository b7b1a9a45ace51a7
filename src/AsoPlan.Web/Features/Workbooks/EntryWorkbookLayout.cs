using AsoPlan.Core.Budget;

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
    public const string FormName = "AsoPlan 実績入力ワークブック 第3版";

    /// <summary>Earlier layouts, each refused with what it lacks (download again): 第1版 had no 速報値 column, 第2版 no sheet 事務事業.</summary>
    public static IReadOnlyDictionary<string, string> FormerForms { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AsoPlan 実績入力ワークブック 第1版"] = "「実績」シートに「速報値」の列と、「事務事業」シートがありません",
        ["AsoPlan 実績入力ワークブック 第2版"] = "「事務事業」シートがありません",
    };

    public const string CoverSheet = "表紙";
    public const string ValuesSheet = "実績";
    public const string PdcaSheet = "PDCA";
    public const string ProjectsSheet = "事務事業";

    /// <summary>The sheets in the order they are written, read and their problems listed.</summary>
    public static IReadOnlyList<string> Sheets { get; } = [CoverSheet, ValuesSheet, PdcaSheet, ProjectsSheet];

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

    public static readonly WorkbookColumn ProjectMeasure = new("A", "実施施策", 8);
    public static readonly WorkbookColumn ProjectCode = new("B", "事業コード", 10);
    public static readonly WorkbookColumn ProjectName = new("C", "事務事業", 22);
    public static readonly WorkbookColumn ProjectSection = new("D", "担当課", 12);
    public static readonly WorkbookColumn ProjectBudgetCode = new("E", "予算事業コード", 12);

    /// <summary>
    /// The input columns of 事務事業 by the form's field name (<see cref="ProjectFields"/>), in the form's order, so a
    /// message of the form's reader lands on its cell. Amounts are 千円, as on the form.
    /// </summary>
    public static IReadOnlyList<(string Field, WorkbookColumn Column)> ProjectInputs { get; } =
    [
        (ProjectFields.InitialBudget, new("F", "当初予算額（千円）", 12, Input: true)),
        (ProjectFields.SupplementaryBudget, new("G", "補正予算額（千円）", 12, Input: true)),
        (ProjectFields.Settlement, new("H", "決算額（千円）", 12, Input: true)),
        (ProjectFields.NationalFunds, new("I", "国庫支出金（千円）", 12, Input: true)),
        (ProjectFields.PrefecturalFunds, new("J", "県支出金（千円）", 12, Input: true)),
        (ProjectFields.LocalBonds, new("K", "地方債（千円）", 12, Input: true)),
        (ProjectFields.OtherFunds, new("L", "その他（千円）", 12, Input: true)),
        (ProjectFields.GeneralFunds, new("M", "一般財源（千円）", 12, Input: true)),
        (ProjectFields.StaffEffort, new("N", "人工", 7, Input: true)),
        (ProjectFields.Activity(1, "Name"), new("O", "活動指標1の名称", 18, Input: true)),
        (ProjectFields.Activity(1, "Unit"), new("P", "活動指標1の単位", 8, Input: true)),
        (ProjectFields.Activity(1, "Target"), new("Q", "活動指標1の目標", 10, Input: true)),
        (ProjectFields.Activity(1, "Actual"), new("R", "活動指標1の実績", 10, Input: true)),
        (ProjectFields.Activity(2, "Name"), new("S", "活動指標2の名称", 18, Input: true)),
        (ProjectFields.Activity(2, "Unit"), new("T", "活動指標2の単位", 8, Input: true)),
        (ProjectFields.Activity(2, "Target"), new("U", "活動指標2の目標", 10, Input: true)),
        (ProjectFields.Activity(2, "Actual"), new("V", "活動指標2の実績", 10, Input: true)),
        (ProjectFields.TargetText, new("W", "対象", 24, Input: true)),
        (ProjectFields.IntentText, new("X", "意図", 24, Input: true)),
        (ProjectFields.MeansText, new("Y", "手段", 24, Input: true)),
        (ProjectFields.Direction, new("Z", "今後の方向性", 12, Input: true)),
        (ProjectFields.DirectionReason, new("AA", "方向性の理由", 30, Input: true)),
    ];

    public static IReadOnlyList<WorkbookColumn> ProjectColumns { get; } =
        [ProjectMeasure, ProjectCode, ProjectName, ProjectSection, ProjectBudgetCode, .. ProjectInputs.Select(i => i.Column)];

    public static readonly WorkbookColumn CoverItemColumn = new("A", CoverItem, 24);
    public static readonly WorkbookColumn CoverContentColumn = new("B", CoverContent, 90);

    public static IReadOnlyList<WorkbookColumn> CoverColumns { get; } = [CoverItemColumn, CoverContentColumn];
}
