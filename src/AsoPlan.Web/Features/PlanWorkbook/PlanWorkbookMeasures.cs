using AsoPlan.Core.Plan;
using AsoPlan.Data.Seeding;
using static AsoPlan.Web.Features.PlanWorkbook.PlanWorkbookAssembly;
using static AsoPlan.Web.Features.PlanWorkbook.PlanWorkbookLayout;

namespace AsoPlan.Web.Features.PlanWorkbook;

/// <summary>
/// A measure's rows from the sheets below it: SDGs, 主要な施策 (numbered within the measure), 主な事務・事業 (by measure and
/// initiative number), 指標, and 年度別目標 (by indicator code; an indicator without rows there has none).
/// </summary>
internal sealed class PlanWorkbookMeasures
{
    private readonly PlanCellMap map;
    private readonly Dictionary<int, List<PlanRowReader>> goals;
    private readonly Dictionary<int, List<PlanRowReader>> initiatives;
    private readonly Dictionary<int, List<PlanRowReader>> projects;
    private readonly Dictionary<int, List<PlanRowReader>> indicators;
    private readonly Dictionary<string, List<PlanRowReader>> yearTargets;

    public PlanWorkbookMeasures(Func<PlanSheet, List<PlanRowReader>> rows, PlanCellMap map, List<PlanRowReader> measureRows)
    {
        this.map = map;
        var numbers = measureRows.Select(r => r.OptionalWhole("番号")).OfType<int>().ToHashSet();
        goals = Children(rows(SdgGoals), "実施施策", numbers, Measures.Name);
        initiatives = Children(rows(Initiatives), "実施施策", numbers, Measures.Name);
        projects = Children(rows(Projects), "実施施策", numbers, Measures.Name);
        indicators = Children(rows(Indicators), "実施施策", numbers, Measures.Name);
        var codes = indicators.Values.SelectMany(r => r).Select(r => r.Optional("指標コード")?.Trim()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        yearTargets = YearTargetRows(rows(YearTargets), codes);
    }

    public MeasureSeed Measure(PlanRowReader row)
    {
        var number = row.Whole("番号");
        return new MeasureSeed(
            number, row.Text("名称"), row.Text("担当課コード").Trim(), row.Text("担当課の表記"), row.List("概要", ParagraphBreak),
            Register(map, goals.GetValueOrDefault(number) ?? [], g => new SdgGoalSeed(g.Whole("ゴール"), g.Text("ゴールの名称"), g.List("ターゲット", " "))),
            row.List("主な取り組み", LineBreak),
            InitiativesOf(number),
            Register(map, indicators.GetValueOrDefault(number) ?? [], Indicator));
    }

    private List<InitiativeSeed> InitiativesOf(int measure)
    {
        var rows = initiatives.GetValueOrDefault(measure) ?? [];
        var numbered = new Dictionary<int, PlanRowReader>();
        foreach (var row in rows.Where(r => r.Optional("番号") is not null || Blank(r, "番号")))
        {
            if (row.OptionalWhole("番号") is int number && !numbered.TryAdd(number, row))
            {
                row.Problem("番号", $"実施施策{measure}の主要な施策の番号 {number} が2回あります。");
            }
        }

        var projectRows = (projects.GetValueOrDefault(measure) ?? []).GroupBy(p => ProjectInitiative(p, measure, numbered)).Where(g => g.Key is not null).ToDictionary(g => g.Key!.Value, g => g.ToList());
        return Register(map, rows, r =>
        {
            var number = r.OptionalWhole("番号");
            var mine = number is int n && numbered.GetValueOrDefault(n) == r ? projectRows.GetValueOrDefault(n) ?? [] : [];
            return new InitiativeSeed(r.Text("施策名"), r.Text("内容"), r.Text("目指す効果"), Register(map, mine, Project));
        });
    }

    private static bool Blank(PlanRowReader row, string header)
    {
        row.Problem(header, "入力してください（実施施策の中での1、2、3…）。");
        return false;
    }

    private static int? ProjectInitiative(PlanRowReader project, int measure, Dictionary<int, PlanRowReader> initiatives)
    {
        if (project.Optional("主要な施策") is null)
        {
            project.Problem("主要な施策", "主要な施策の番号を入力してください。");
            return null;
        }

        if (project.OptionalWhole("主要な施策") is not int number)
        {
            return null;
        }

        if (!initiatives.ContainsKey(number))
        {
            project.Problem("主要な施策", $"実施施策{measure}の主要な施策{number} は「{Initiatives.Name}」シートにありません。");
            return null;
        }

        return number;
    }

    private static ProjectSeed Project(PlanRowReader row) =>
        new(row.Text("事業コード").Trim(), row.Text("事業名"), row.Optional("担当課コード")?.Trim(), row.Optional("予算事業コード")?.Trim());

    private IndicatorSeed Indicator(PlanRowReader row)
    {
        var code = row.Text("指標コード").Trim();
        var decimals = row.Whole("小数桁数");
        var baseline = new BaselineSeed(row.OptionalWhole("基準年度"), row.Number("基準値"), row.Text("基準値の表記"), row.Optional("基準値の注記"));
        var target = new TargetSeed(row.Whole("目標年度"), row.Number("目標値"), row.Number("目標の増加率（%）"), row.Text("目標値の表記"));
        var targets = Register(map, yearTargets.GetValueOrDefault(code) ?? [], t => new YearTargetSeed(t.Whole("年度"), t.Number("目標値") ?? Required(t, "目標値")));
        return new IndicatorSeed(
            code, row.Text("行の名称"), row.Text("指標名"), row.Text("単位"), decimals, baseline, target, Direction(row),
            row.Optional("方向の理由"), row.Optional("注記"), targets);
    }

    private static decimal Required(PlanRowReader row, string header)
    {
        if (row.Optional(header) is null)
        {
            row.Problem(header, "入力してください。");
        }

        return 0;
    }

    private static IndicatorDirection Direction(PlanRowReader row)
    {
        var label = row.Optional("目指す方向")?.Trim();
        var directions = Enum.GetValues<IndicatorDirection>();
        if (directions.FirstOrDefault(d => d.Japanese() == label) is var direction && direction != default)
        {
            return direction;
        }

        row.Problem("目指す方向", $"一覧から選んでください（{string.Join("、", directions.Select(d => d.Japanese()))}）。");
        return IndicatorDirection.Increase;
    }

    private static Dictionary<string, List<PlanRowReader>> YearTargetRows(List<PlanRowReader> rows, HashSet<string> codes)
    {
        var byCode = new Dictionary<string, List<PlanRowReader>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row.Optional("指標コード")?.Trim();
            if (code is null || !codes.Contains(code))
            {
                row.Problem("指標コード", code is null ? "入力してください。" : $"指標コード「{code}」は「{Indicators.Name}」シートにありません。");
                continue;
            }

            (byCode.TryGetValue(code, out var list) ? list : byCode[code] = []).Add(row);
        }

        return byCode;
    }
}
