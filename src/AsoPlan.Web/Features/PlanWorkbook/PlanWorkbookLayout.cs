using AsoPlan.Web.Features.Workbooks;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>A sheet of the plan workbook: its columns in order and, for each member of a plan record it holds, its column.</summary>
public sealed record PlanSheet(string Name, IReadOnlyList<WorkbookColumn> Columns, IReadOnlyDictionary<string, WorkbookColumn> Fields)
{
    public WorkbookColumn this[string header] => Columns.Single(c => c.Header == header);

    /// <summary>Columns A, B, C … from (heading, width, member of the record the row holds).</summary>
    public static PlanSheet Of(string name, params (string Header, int Width, string? Field)[] columns)
    {
        var list = columns.Select((c, i) => new WorkbookColumn(((char)('A' + i)).ToString(), c.Header, c.Width, Input: true)).ToList();
        var fields = columns.Select((c, i) => (c.Field, Column: list[i])).Where(c => c.Field is not null).ToDictionary(c => c.Field!, c => c.Column, StringComparer.Ordinal);
        return new PlanSheet(name, list, fields);
    }
}

/// <summary>An item of the 計画 sheet (one row): its label in column A and the member of the plan or period it holds.</summary>
public sealed record PlanItem(string Label, PlanItemKind Kind, string Field, bool OfPeriod = false, bool Optional = false);

public enum PlanItemKind
{
    Line,
    Year,
    Paragraphs,
}

/// <summary>
/// The one description of the plan workbook (docs/plan-administration.md), used to write it and to read it back:
/// sheet names, the 計画 sheet's items, each sheet's columns and which member of the plan file each column holds.
/// </summary>
public static class PlanWorkbookLayout
{
    /// <summary>Names the layout, so a workbook of another kind (or a later layout) is recognised and refused.</summary>
    public const string FormName = "AsoPlan 計画ワークブック 第1版";

    public const string FormItem = "様式";

    public const string ParagraphBreak = "\n\n";

    public const string LineBreak = "\n";

    public static readonly PlanSheet Guide = PlanSheet.Of("記入方法", ("項目", 16, null), ("内容", 110, null));

    public static readonly PlanSheet Overview = PlanSheet.Of("計画", ("項目", 24, null), ("内容", 100, null));

    public static readonly PlanSheet PlanSections = PlanSheet.Of(
        "基本構想の文章", ("キー", 16, "Key"), ("見出し", 30, "Heading"), ("本文", 100, "Paragraphs"));

    public static readonly PlanSheet Challenges = PlanSheet.Of(
        "チャレンジ", ("番号", 6, "Number"), ("名称", 30, "Title"), ("分類", 14, "Category"), ("本文", 100, "Paragraphs"));

    public static readonly PlanSheet Departments = PlanSheet.Of(
        "部", ("部コード", 14, "Code"), ("部の名称", 20, "Name"), ("部の役割", 80, "Mission"));

    public static readonly PlanSheet Sections = PlanSheet.Of(
        "課", ("部コード", 14, null), ("課コード", 14, "Code"), ("課の名称", 20, "Name"), ("課の役割", 80, "Roles"));

    public static readonly PlanSheet Policies = PlanSheet.Of(
        "政策",
        ("番号", 6, "Number"), ("略称", 10, "ShortName"), ("名称", 40, "Title"), ("副題", 30, "Subtitle"), ("種類", 8, "Kind"),
        ("チャレンジ", 10, "Challenge"), ("部コード", 14, "Department"), ("現状と課題", 80, "CurrentIssues"));

    public static readonly PlanSheet PolicySections = PlanSheet.Of(
        "政策の文章", ("政策", 6, null), ("見出し", 30, "Heading"), ("本文", 100, "Paragraphs"));

    public static readonly PlanSheet IndividualPlans = PlanSheet.Of(
        "個別計画", ("政策", 6, null), ("名称", 40, "Name"), ("担当課", 20, "Section"), ("計画期間", 24, "Period"));

    public static readonly PlanSheet Measures = PlanSheet.Of(
        "実施施策",
        ("政策", 6, null), ("番号", 6, "Number"), ("名称", 36, "Title"), ("担当課コード", 14, "OwnerSection"),
        ("担当課の表記", 16, "OwnerLabel"), ("概要", 80, "Description"), ("主な取り組み", 60, "KeyActions"));

    public static readonly PlanSheet SdgGoals = PlanSheet.Of(
        "SDGs", ("実施施策", 8, null), ("ゴール", 8, "Goal"), ("ゴールの名称", 36, "Label"), ("ターゲット", 30, "Targets"));

    public static readonly PlanSheet Initiatives = PlanSheet.Of(
        "主要な施策", ("実施施策", 8, null), ("番号", 6, null), ("施策名", 36, "Name"), ("内容", 70, "Content"), ("目指す効果", 50, "Effect"));

    public static readonly PlanSheet Projects = PlanSheet.Of(
        "主な事務・事業",
        ("実施施策", 8, null), ("主要な施策", 10, null), ("事業コード", 12, "Code"), ("事業名", 40, "Name"),
        ("担当課コード", 14, "Section"), ("予算事業コード", 14, "BudgetCode"));

    public static readonly PlanSheet Indicators = PlanSheet.Of(
        "指標",
        ("実施施策", 8, null), ("指標コード", 11, "Code"), ("行の名称", 30, "RowName"), ("指標名", 36, "Name"), ("単位", 7, "Unit"),
        ("小数桁数", 8, "Decimals"), ("基準年度", 9, "Baseline.FiscalYear"), ("基準値", 10, "Baseline.Value"),
        ("基準値の表記", 16, "Baseline.Text"), ("基準値の注記", 20, "Baseline.Note"), ("目標年度", 9, "Target.FiscalYear"),
        ("目標値", 10, "Target.Value"), ("目標の増加率（%）", 10, "Target.RelativePercent"), ("目標値の表記", 18, "Target.Text"),
        ("目指す方向", 16, "Direction"), ("方向の理由", 40, "DirectionReason"), ("注記", 40, "Footnote"));

    public static readonly PlanSheet YearTargets = PlanSheet.Of(
        "年度別目標", ("指標コード", 11, null), ("年度", 8, "FiscalYear"), ("目標値", 10, "Value"));

    /// <summary>Every sheet in workbook order; the first is the instructions.</summary>
    public static IReadOnlyList<PlanSheet> Sheets { get; } =
    [
        Guide, Overview, PlanSections, Challenges, Departments, Sections, Policies, PolicySections, IndividualPlans, Measures,
        SdgGoals, Initiatives, Projects, Indicators, YearTargets,
    ];

    /// <summary>The rows of the 計画 sheet, in order (the plan: 基本構想; then the period: 基本計画).</summary>
    public static IReadOnlyList<PlanItem> PlanItems { get; } =
    [
        new("計画のコード", PlanItemKind.Line, "Code"),
        new("計画の名称", PlanItemKind.Line, "Name"),
        new("基本構想の開始年度", PlanItemKind.Year, "ConceptStartFiscalYear"),
        new("基本構想の終了年度", PlanItemKind.Year, "ConceptEndFiscalYear"),
        new("将来都市像の前置き", PlanItemKind.Line, "VisionLead", Optional: true),
        new("将来都市像", PlanItemKind.Line, "Vision"),
        new("将来都市像に込めた思い", PlanItemKind.Paragraphs, "VisionThoughts"),
        new("基本理念の前文", PlanItemKind.Line, "PhilosophyIntro"),
        new("基本理念", PlanItemKind.Line, "Philosophy"),
        new("基本理念の結び", PlanItemKind.Line, "PhilosophyClosing", Optional: true),
        new("重点テーマの名称", PlanItemKind.Line, "PriorityTheme.Title"),
        new("重点テーマの分類", PlanItemKind.Line, "PriorityTheme.Category"),
        new("重点テーマの本文", PlanItemKind.Paragraphs, "PriorityTheme.Paragraphs"),
        new("基本計画のコード", PlanItemKind.Line, "Code", OfPeriod: true),
        new("基本計画の名称", PlanItemKind.Line, "Name", OfPeriod: true),
        new("基本計画の開始年度", PlanItemKind.Year, "StartFiscalYear", OfPeriod: true),
        new("基本計画の終了年度", PlanItemKind.Year, "EndFiscalYear", OfPeriod: true),
        new("基準年度", PlanItemKind.Year, "BaselineFiscalYear", OfPeriod: true),
        new("基本計画の前文", PlanItemKind.Paragraphs, "Introduction", OfPeriod: true),
    ];

    /// <summary>The words of the 種類 column for <see cref="Core.Plan.PolicyKind"/>.</summary>
    public static IReadOnlyDictionary<Core.Plan.PolicyKind, string> KindLabels { get; } = new Dictionary<Core.Plan.PolicyKind, string>
    {
        [Core.Plan.PolicyKind.Priority] = "重点",
        [Core.Plan.PolicyKind.Core] = "基本",
    };
}
