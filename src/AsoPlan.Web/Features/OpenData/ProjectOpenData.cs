using System.Text.Json.Nodes;
using AsoPlan.Core.Budget;
using AsoPlan.Data;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>
/// projects.csv and projects.json: one row per published 事務事業 year of the period (current publications only), with
/// the column dictionary the /opendata page shows. Amounts are 千円, written without separators.
/// </summary>
public sealed class ProjectOpenData(AsoPlanDbContext db)
{
    /// <summary>The columns, once: CSV header, JSON name, meaning, value.</summary>
    public static readonly IReadOnlyList<ProjectColumn> Columns =
    [
        new("年度", "fiscalYear", "西暦の年度（2021 = 令和3年度、4月〜翌年3月）", r => r.FiscalYear),
        new("政策番号", "policyNumber", "政策の番号 1〜6", r => r.PolicyNumber),
        new("施策番号", "measureNumber", "実施施策の番号", r => r.MeasureNumber),
        new("施策名", "measureTitle", "実施施策の名称", r => r.MeasureTitle),
        new("主要な施策", "initiative", "事務事業が属する主要な施策", r => r.Initiative),
        new("事業コード", "projectCode", "事務事業のコード（例: M13-P02。計画期間の中で変わりません）", r => r.Code),
        new("事業名", "projectName", "事務事業の名称", r => r.Name),
        new("担当課", "section", "事業を実施する課", r => r.Section),
        new("予算事業コード", "budgetCode", "財務会計システムの予算事業コード（設定されている場合）", r => r.BudgetCode),
        new("当初予算額（千円）", "initialBudget", "当初予算額", r => r.Year.InitialBudget),
        new("補正予算額（千円）", "supplementaryBudget", "補正予算額（減額はマイナス）", r => r.Year.SupplementaryBudget),
        new("決算額（千円）", "settlement", "決算額", r => r.Year.Settlement),
        new("国庫支出金（千円）", "nationalFunds", "財源内訳: 国庫支出金", r => r.Year.NationalFunds),
        new("県支出金（千円）", "prefecturalFunds", "財源内訳: 県支出金", r => r.Year.PrefecturalFunds),
        new("地方債（千円）", "localBonds", "財源内訳: 地方債", r => r.Year.LocalBonds),
        new("その他（千円）", "otherFunds", "財源内訳: その他", r => r.Year.OtherFunds),
        new("一般財源（千円）", "generalFunds", "財源内訳: 一般財源（財源内訳の合計は決算額）", r => r.Year.GeneralFunds),
        new("人工", "staffEffort", "事業に従事した職員の年間の人数換算（小数1桁）", r => r.Year.StaffEffort),
        new("単価（千円）", "unitCost", "1人工あたりの人件費（承認時の年度の単価）", r => r.Year.UnitCost),
        new("人件費（千円）", "personnelCost", "人工 × 単価（千円未満を四捨五入）", r => r.Year.PersonnelCost),
        new("トータルコスト（千円）", "totalCost", "決算額 ＋ 人件費", r => r.Year.TotalCost),
        new("活動指標1", "activity1Name", "活動指標1の名称", r => r.Year.Activity1Name),
        new("活動指標1の単位", "activity1Unit", "活動指標1の単位", r => r.Year.Activity1Unit),
        new("活動指標1の目標", "activity1Target", "活動指標1の目標", r => r.Year.Activity1Target),
        new("活動指標1の実績", "activity1Actual", "活動指標1の実績", r => r.Year.Activity1Actual),
        new("活動指標2", "activity2Name", "活動指標2の名称", r => r.Year.Activity2Name),
        new("活動指標2の単位", "activity2Unit", "活動指標2の単位", r => r.Year.Activity2Unit),
        new("活動指標2の目標", "activity2Target", "活動指標2の目標", r => r.Year.Activity2Target),
        new("活動指標2の実績", "activity2Actual", "活動指標2の実績", r => r.Year.Activity2Actual),
        new("対象", "target", "事業の対象（誰・何を）", r => r.Year.TargetText),
        new("意図", "intent", "事業の意図（どうしたいか）", r => r.Year.IntentText),
        new("手段", "means", "事業の手段（何をするか）", r => r.Year.MeansText),
        new("今後の方向性", "direction", "拡充・継続・改善・縮小・廃止・休止・完了", r => r.Year.Direction is { } d ? ProjectDirections.Label(d) : null),
        new("方向性の理由", "directionReason", "「継続」以外の方向性の理由", r => r.Year.DirectionReason),
    ];

    public async Task<IReadOnlyList<ProjectOpenDataRow>> RowsAsync(PortalPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        return await db.PublishedProjects.AsNoTracking()
            .Where(p => p.Publication!.IsCurrent && p.Project!.Measure!.Policy!.PlanPeriodId == period.Id)
            .OrderBy(p => p.Publication!.FiscalYear).ThenBy(p => p.Project!.Measure!.Number).ThenBy(p => p.Project!.Initiative!.SortOrder).ThenBy(p => p.Project!.SortOrder)
            .Select(p => new ProjectOpenDataRow(
                p.Publication!.FiscalYear,
                p.Project!.Measure!.Policy!.Number,
                p.Project.Measure.Number,
                p.Project.Measure.Title,
                p.Project.Initiative!.Name,
                p.Project.Code,
                p.Project.Name,
                p.Project.OwnerSection != null ? p.Project.OwnerSection.Name : p.Project.Measure.OwnerSection!.Name,
                p.Project.BudgetCode,
                p))
            .ToListAsync(cancellationToken);
    }

    public static byte[] Csv(IEnumerable<ProjectOpenDataRow> rows) =>
        CsvText.Write(Columns.Select(c => c.Header), rows.Select(row => Columns.Select(c => CsvText.Field(Plain(c.Value(row))))));

    public static JsonObject Json(string source, IEnumerable<ProjectOpenDataRow> rows)
    {
        var items = new JsonArray();
        foreach (var row in rows)
        {
            var item = new JsonObject();
            foreach (var column in Columns)
            {
                item[column.JsonName] = Plain(column.Value(row)) switch
                {
                    null => null,
                    decimal number => JsonValue.Create(number),
                    int number => JsonValue.Create(number),
                    var other => JsonValue.Create(other.ToString()),
                };
            }

            items.Add(item);
        }

        return new JsonObject { ["source"] = source, ["projects"] = items };
    }

    /// <summary>
    /// A number as entered, without the trailing zeros the database's scale adds (12000, 0.5, 3 — not 12000.0): the
    /// dividend keeps the value exact and drops the zeros.
    /// </summary>
    private static object? Plain(object? value) => value is decimal number ? number / 1.0000000000000000000000000000m : value;
}

/// <summary>A column of projects.csv / projects.json.</summary>
public sealed record ProjectColumn(string Header, string JsonName, string Meaning, Func<ProjectOpenDataRow, object?> Value);

/// <summary>A published project year with where it sits in the plan.</summary>
public sealed record ProjectOpenDataRow(
    int FiscalYear, int PolicyNumber, int MeasureNumber, string MeasureTitle, string Initiative, string Code, string Name, string Section, string? BudgetCode, PublishedProject Year);
