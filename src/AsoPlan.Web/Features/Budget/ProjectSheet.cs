using AsoPlan.Core.Budget;
using AsoPlan.Web.Shared.Formatting;

namespace AsoPlan.Web.Features.Budget;

/// <summary>
/// A 事務事業評価シート: one project's published year (<see cref="PublishedProject"/>, as its approval published it) with
/// where it sits in the plan. The page and the workbook both print <see cref="Lines"/>, so they say the same thing.
/// </summary>
public sealed record ProjectSheet(
    string Code,
    string Name,
    string? BudgetCode,
    int MeasureNumber,
    string MeasureTitle,
    string Initiative,
    string Section,
    DateTime PublishedAt,
    int FiscalYear,
    PublishedProject Year)
{
    public IReadOnlyList<ProjectSheetLine> Lines => ProjectSheetLines.Of(this);
}

/// <summary>One line of the sheet: its group (見出し), item, value (a number stays a number) and unit.</summary>
public sealed record ProjectSheetLine(string Group, string Item, object? Value, string? Unit = null)
{
    /// <summary>The value as the page prints it: amounts with separators and the unit, a blank as 「—」.</summary>
    public string Text => Value switch
    {
        null => "—",
        decimal number => number.ToString(Unit == "人工" ? "0.0" : "#,0.##", System.Globalization.CultureInfo.InvariantCulture) + Unit,
        var other => other.ToString() ?? "—",
    };
}

/// <summary>The sheet's lines in the order of a 事務事業評価シート: the project, its aim, activity, cost and direction.</summary>
public static class ProjectSheetLines
{
    public const string Outline = "事業の概要";
    public const string Aim = "事業の目的（対象・意図・手段）";
    public const string Activity = "活動指標";
    public const string Cost = "事業費（千円）";
    public const string Direction = "今後の方向性";

    public static IReadOnlyList<ProjectSheetLine> Of(ProjectSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var y = sheet.Year;
        var lines = new List<ProjectSheetLine>
        {
            new(Outline, "事務事業名", sheet.Name),
            new(Outline, "事業コード", sheet.Code),
            new(Outline, "予算事業コード", sheet.BudgetCode),
            new(Outline, "年度", ValueFormat.Wareki(sheet.FiscalYear)),
            new(Outline, "実施施策", $"実施施策{sheet.MeasureNumber} {sheet.MeasureTitle}"),
            new(Outline, "主要な施策", sheet.Initiative),
            new(Outline, "担当課", sheet.Section),
            new(Aim, "対象", y.TargetText),
            new(Aim, "意図", y.IntentText),
            new(Aim, "手段", y.MeansText),
        };
        foreach (var (number, name, unit, target, actual) in new[] { (1, y.Activity1Name, y.Activity1Unit, y.Activity1Target, y.Activity1Actual), (2, y.Activity2Name, y.Activity2Unit, y.Activity2Target, y.Activity2Actual) })
        {
            if (name is not null)
            {
                lines.Add(new(Activity, $"活動指標{number}", name));
                lines.Add(new(Activity, $"活動指標{number}の目標", target, unit));
                lines.Add(new(Activity, $"活動指標{number}の実績", actual, unit));
            }
        }

        lines.AddRange(
        [
            new(Cost, "当初予算額", y.InitialBudget, "千円"),
            new(Cost, "補正予算額", y.SupplementaryBudget, "千円"),
            new(Cost, "予算現額（当初＋補正）", ProjectCost.Budget(y.InitialBudget, y.SupplementaryBudget), "千円"),
            new(Cost, "決算額", y.Settlement, "千円"),
            new(Cost, "財源内訳: 国庫支出金", y.NationalFunds, "千円"),
            new(Cost, "財源内訳: 県支出金", y.PrefecturalFunds, "千円"),
            new(Cost, "財源内訳: 地方債", y.LocalBonds, "千円"),
            new(Cost, "財源内訳: その他", y.OtherFunds, "千円"),
            new(Cost, "財源内訳: 一般財源", y.GeneralFunds, "千円"),
            new(Cost, "人工", y.StaffEffort, "人工"),
            new(Cost, "単価（1人工あたり）", y.UnitCost, "千円"),
            new(Cost, "人件費（人工 × 単価）", y.PersonnelCost, "千円"),
            new(Cost, "トータルコスト（決算額＋人件費）", y.TotalCost, "千円"),
            new(Direction, "今後の方向性", y.Direction is { } direction ? ProjectDirections.Label(direction) : null),
            new(Direction, "理由", y.DirectionReason),
            new(Direction, "公表日時", JapanTime.DateTime(sheet.PublishedAt)),
        ]);
        return lines;
    }
}
