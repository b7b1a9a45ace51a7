using AsoPlan.Core.Plan;
using AsoPlan.Data.Seeding;
using AsoPlan.Web.Features.Workbooks;
using static AsoPlan.Web.Features.PlanWorkbook.PlanWorkbookLayout;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>
/// Builds the plan's records from the rows of each sheet and links them: sections to their department by 部コード,
/// measures to their policy by number, goals, initiatives and indicators to their measure, projects to their
/// initiative, per-year targets to their indicator. A row naming a parent that is not there is a problem of that cell.
/// Each record is put in the <see cref="PlanCellMap"/> with its row.
/// </summary>
internal sealed class PlanWorkbookAssembly(Func<PlanSheet, List<PlanRowReader>> rows, WorkbookProblems problems, HashSet<(string Sheet, int Row, string Letter)> unreadable, PlanCellMap map)
{
    public PlanSeed Plan(IReadOnlyList<SheetRow> overviewRows)
    {
        var items = new PlanOverviewItems(overviewRows, problems, unreadable);
        var departments = DepartmentsWithSections();
        var (start, end, baseline) = PeriodYears(items);
        var period = new PeriodSeed(
            items.Text("基本計画のコード"), items.Text("基本計画の名称"), start, end, baseline, items.List("基本計画の前文"), ReadPolicies());
        var (conceptStart, conceptEnd) = (items.Year("基本構想の開始年度"), items.Year("基本構想の終了年度"));
        var seed = new PlanSeed(
            items.Text("計画のコード"), items.Text("計画の名称"), conceptStart ?? conceptEnd ?? 0, conceptEnd ?? conceptStart ?? 0,
            items.Text("将来都市像"), items.List("将来都市像に込めた思い"), items.Text("基本理念の前文"), items.Text("基本理念"),
            new PriorityThemeSeed(items.Text("重点テーマの名称"), items.Text("重点テーマの分類"), items.List("重点テーマの本文")),
            Register(rows(PlanSections), r => new TextSectionSeed(r.Optional("キー"), r.Text("見出し"), r.List("本文", ParagraphBreak))),
            Register(rows(Challenges), r => new ChallengeSeed(r.Whole("番号"), r.Text("名称"), r.Text("分類"), r.List("本文", ParagraphBreak))),
            departments,
            period,
            items.Optional("将来都市像の前置き"),
            items.Optional("基本理念の結び"));
        items.Map(map, seed, period);
        return seed;
    }

    /// <summary>
    /// The period's years; one that cannot be read is listed and stands in as the year the others imply, so every
    /// indicator's years are not reported against a year of 0 as well.
    /// </summary>
    private static (int Start, int End, int Baseline) PeriodYears(PlanOverviewItems items)
    {
        var (start, end, baseline) = (items.Year("基本計画の開始年度"), items.Year("基本計画の終了年度"), items.Year("基準年度"));
        start ??= baseline + 1 ?? end - 3;
        end ??= start + 3;
        baseline ??= start - 1;
        return (start ?? 0, end ?? 0, baseline ?? 0);
    }

    private List<DepartmentSeed> DepartmentsWithSections()
    {
        var sectionRows = rows(Sections);
        var departments = Register(rows(Departments), r =>
        {
            var code = r.Text("部コード");
            var sections = Register(sectionRows.Where(s => s.Optional("部コード") == code), s => new SectionSeed(s.Text("課コード"), s.Text("課の名称"), s.List("課の役割", LineBreak)));
            return new DepartmentSeed(code, r.Text("部の名称"), r.Text("部の役割"), sections);
        });
        var codes = departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in sectionRows.Where(s => !codes.Contains(s.Text("部コード"))))
        {
            orphan.Problem("部コード", $"部コード「{orphan.Text("部コード")}」は「{Departments.Name}」シートにありません。");
        }

        return departments;
    }

    private List<PolicySeed> ReadPolicies()
    {
        var policyRows = rows(Policies);
        var numbers = policyRows.Select(r => r.OptionalWhole("番号")).OfType<int>().ToHashSet();
        var sections = Children(rows(PolicySections), "政策", numbers, Policies.Name);
        var plans = Children(rows(IndividualPlans), "政策", numbers, Policies.Name);
        var measures = Children(rows(Measures), "政策", numbers, Policies.Name);
        var measureLinks = new PlanWorkbookMeasures(rows, map, measures.SelectMany(m => m.Value).ToList());
        return Register(policyRows, r =>
        {
            var number = r.Whole("番号");
            return new PolicySeed(
                number, r.Text("略称"), r.Text("名称"), r.Optional("副題"), Kind(r), r.OptionalWhole("チャレンジ"), r.Optional("部コード"),
                r.List("現状と課題", LineBreak),
                Register(sections.GetValueOrDefault(number) ?? [], s => new TextSectionSeed(null, s.Text("見出し"), s.List("本文", ParagraphBreak))),
                Register(plans.GetValueOrDefault(number) ?? [], p => new IndividualPlanSeed(p.Text("名称"), p.Text("担当課"), p.Text("計画期間"))),
                Register(measures.GetValueOrDefault(number) ?? [], measureLinks.Measure));
        });
    }

    private static PolicyKind Kind(PlanRowReader row)
    {
        var label = row.Optional("種類")?.Trim();
        var kind = KindLabels.FirstOrDefault(k => k.Value == label);
        if (kind.Value is null)
        {
            row.Problem("種類", $"「{string.Join("」か「", KindLabels.Values)}」を選んでください。");
            return PolicyKind.Core;
        }

        return kind.Key;
    }

    /// <summary>The rows of a child sheet by their parent's number; a row whose parent is not there is a problem of its key cell.</summary>
    internal static Dictionary<int, List<PlanRowReader>> Children(List<PlanRowReader> children, string key, HashSet<int> parents, string parentSheet)
    {
        var byParent = new Dictionary<int, List<PlanRowReader>>();
        foreach (var child in children)
        {
            if (child.Optional(key) is not null && child.OptionalWhole(key) is int number)
            {
                if (parents.Contains(number))
                {
                    (byParent.TryGetValue(number, out var list) ? list : byParent[number] = []).Add(child);
                }
                else
                {
                    child.Problem(key, $"{key}{number} は「{parentSheet}」シートにありません。");
                }
            }
            else if (child.Optional(key) is null)
            {
                child.Problem(key, "入力してください。");
            }
        }

        return byParent;
    }

    private List<T> Register<T>(IEnumerable<PlanRowReader> source, Func<PlanRowReader, T> read)
        where T : notnull => Register(map, source, read);

    /// <summary>Reads each row into its record and notes the record's row.</summary>
    internal static List<T> Register<T>(PlanCellMap map, IEnumerable<PlanRowReader> source, Func<PlanRowReader, T> read)
        where T : notnull
    {
        var records = new List<T>();
        foreach (var row in source)
        {
            var record = read(row);
            map.Row(record, row.Sheet, row.Row);
            records.Add(record);
        }

        return records;
    }
}
