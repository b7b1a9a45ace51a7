using AsoPlan.Core.Plan;
using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests;

/// <summary>A small plan with every kind of row the real seed has, for tests that must not wait for seeds/plan.json.</summary>
internal static class SampleSeed
{
    public static PlanSeed Create() => new(
        Code: "test-plan",
        Name: "テスト総合計画",
        ConceptStartFiscalYear: 2017,
        ConceptEndFiscalYear: 2024,
        Vision: "みんなで創る テストのまち",
        VisionThoughts: ["思いの一段落目。", "思いの二段落目。"],
        PhilosophyIntro: "基本理念への導入。",
        Philosophy: "協働",
        PriorityTheme: new PriorityThemeSeed("災害からの早期復旧・復興", "復興", ["重点テーマの本文。"]),
        Sections:
        [
            new TextSectionSeed("purpose", "計画策定の目的", ["目的の本文。"]),
            new TextSectionSeed("promotion-pdca", "計画の推進に向けて", ["PDCAの本文。", "二段落目。"]),
        ],
        Challenges:
        [
            new ChallengeSeed(1, "稼げるまち", "産業・経済", ["チャレンジ1の本文。"]),
            new ChallengeSeed(2, "学べるまち", "教育・文化", ["チャレンジ2の本文。"]),
        ],
        Departments:
        [
            new DepartmentSeed("keizai", "経済部", "経済部の役割。",
            [
                new SectionSeed("nosei", "農政課", ["農業振興に関すること", "畜産に関すること"]),
                new SectionSeed("kanko", "観光課", ["観光振興に関すること"]),
            ]),
            new DepartmentSeed("somu", "総務部", "総務部の役割。", [new SectionSeed("seisaku", "政策防災課", ["総合計画に関すること"])]),
        ],
        Period: new PeriodSeed(
            Code: "test-late",
            Name: "後期基本計画",
            StartFiscalYear: 2021,
            EndFiscalYear: 2024,
            BaselineFiscalYear: 2020,
            Introduction: ["基本計画の柱。"],
            Policies:
            [
                new PolicySeed(1, "発展", "災害からの復旧・復興", "(大きな一歩を踏み出すために)", PolicyKind.Priority, null, "somu",
                    ["課題1", "課題2"],
                    [new TextSectionSeed(null, "計画の位置付け", ["位置付けの本文。"])],
                    [],
                    [
                        new MeasureSeed(1, "創造的復興の推進", "seisaku", "政策防災課", ["説明。"],
                            [new SdgGoalSeed(11, "住み続けられるまちづくりを", ["11.5"])],
                            ["取り組み1", "取り組み2"], [], []),
                    ]),
                new PolicySeed(2, "活力", "稼げるまちをつくる", null, PolicyKind.Core, 1, "keizai",
                    ["現状1"],
                    [],
                    [new IndividualPlanSeed("農業振興地域整備計画", "農政課", "令和2年度～令和12年度")],
                    [
                        new MeasureSeed(2, "農業の振興", "nosei", "農政課", ["一段落目。", "二段落目。"],
                            [new SdgGoalSeed(2, "飢餓をゼロに", ["2.3", "2.4"]), new SdgGoalSeed(8, "働きがいも経済成長も", [])],
                            [],
                            [
                                new InitiativeSeed("担い手の育成", "内容1", "効果1", [new ProjectSeed("M02-P01", "新規就農者支援事業"), new ProjectSeed("M02-P02", "農地集積事業")]),
                                new InitiativeSeed("畜産の振興", "内容2", "効果2", [new ProjectSeed("M02-P03", "畜産振興事業")]),
                            ],
                            [
                                Indicator("02-01", "認定農業者数", "認定農業者数", "人", 0, Baseline(2020, 300m, "300人"), Target(2024, 320m, "320人"), IndicatorDirection.Increase),
                                Indicator("02-02", "年間宿泊者数(うち年間外国人宿泊者数)", "年間宿泊者数", "人", 0, Baseline(2020, 34327m, "34,327人"), new TargetSeed(2024, null, 10m, "10%向上"), IndicatorDirection.Increase),
                                Indicator("02-02-2", "年間宿泊者数(うち年間外国人宿泊者数)", "年間外国人宿泊者数", "人", 0, Baseline(2020, 120m, "120人"), new TargetSeed(2024, null, 10m, "10%向上"), IndicatorDirection.Increase),
                                Indicator("02-03", "汚水処理人口普及率", "汚水処理人口普及率", "%", 2, Baseline(2020, 65.33m, "65.33%"), Target(2024, 65.00m, "65.00%"), IndicatorDirection.AtLeast, "率を下回らないことが目標"),
                            ]),
                    ]),
            ]));

    public static PlanSeed WithMeasureTitle(PlanSeed seed, int measureNumber, string title) => seed with
    {
        Period = seed.Period with
        {
            Policies = [.. seed.Period.Policies.Select(p => p with
            {
                Measures = [.. p.Measures.Select(m => m.Number == measureNumber ? m with { Title = title } : m)],
            })],
        },
    };

    private static IndicatorSeed Indicator(
        string code, string rowName, string name, string unit, int decimals, BaselineSeed baseline, TargetSeed target, IndicatorDirection direction, string? reason = null) =>
        new(code, rowName, name, unit, decimals, baseline, target, direction, reason, null);

    private static BaselineSeed Baseline(int year, decimal value, string text) => new(year, value, text, null);

    private static TargetSeed Target(int year, decimal value, string text) => new(year, value, null, text);
}
