using AsoPlan.Core.Budget;
using AsoPlan.Web.Features.Workbooks;

namespace AsoPlan.Web.Features.Budget;

/// <summary>
/// The finance system's file of 予算・決算 by 予算事業コード and year (docs/budget-link.md#finance-import): its columns,
/// defined once for the template, the reader and the page that documents them.
/// </summary>
public static class FinanceImportLayout
{
    public const string SheetName = "予算決算";

    public const string TemplateName = "予算決算取込_様式";

    public static readonly WorkbookColumn Year = new("A", "年度", 10);
    public static readonly WorkbookColumn BudgetCode = new("B", "予算事業コード", 16);
    public static readonly WorkbookColumn Name = new("C", "事業名", 28);

    /// <summary>The amount columns by the form's field name (<see cref="ProjectFields"/>), so a message lands on its column.</summary>
    public static IReadOnlyList<(string Field, WorkbookColumn Column)> Amounts { get; } =
    [
        (ProjectFields.InitialBudget, new("D", "当初予算額（千円）", 14, Input: true)),
        (ProjectFields.SupplementaryBudget, new("E", "補正予算額（千円）", 14, Input: true)),
        (ProjectFields.Settlement, new("F", "決算額（千円）", 14, Input: true)),
        (ProjectFields.NationalFunds, new("G", "国庫支出金（千円）", 14, Input: true)),
        (ProjectFields.PrefecturalFunds, new("H", "県支出金（千円）", 14, Input: true)),
        (ProjectFields.LocalBonds, new("I", "地方債（千円）", 14, Input: true)),
        (ProjectFields.OtherFunds, new("J", "その他（千円）", 14, Input: true)),
        (ProjectFields.GeneralFunds, new("K", "一般財源（千円）", 14, Input: true)),
    ];

    public static IReadOnlyList<WorkbookColumn> Columns { get; } = [Year, BudgetCode, Name, .. Amounts.Select(a => a.Column)];

    /// <summary>What each column holds, as the import page lists it (the column dictionary).</summary>
    public static string Meaning(WorkbookColumn column) => column.Letter switch
    {
        "A" => "会計年度。2024、令和6年度、R6 のいずれの書き方でも読み取ります。今の計画期間の年度に限ります。",
        "B" => "財務会計システムの予算事業コード。事務事業の「予算事業コード」（計画の管理画面で設定）と一致するものに取り込みます。",
        "C" => "参考（取り込みません）。",
        "E" => "千円単位の整数。減額補正はマイナス。空欄の列は取り込まず、課の入力済みの値を残します。",
        _ => "千円単位の整数（カンマ・全角数字も可）。空欄の列は取り込まず、課の入力済みの値を残します。",
    };
}
