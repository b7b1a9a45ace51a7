using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>The comparisons that pass on plan.json catch a single wrong value in an otherwise identical copy.</summary>
public class SeedFidelityCanFailTests
{
    private static readonly Dictionary<string, (Func<PlanSeed, PlanSeed> Edit, string Expected)> Typos = new()
    {
        ["baseline 922 g → 923 g"] = (p => p.WithIndicator("M08-I01", i => i with { Baseline = i.Baseline with { Value = 923m } }), "M08-I01 baseline value"),
        ["baseline printed 3,298,769人 → 3,298,796人"] = (p => p.WithIndicator("M04-I01", i => i with { Baseline = i.Baseline with { Text = "3,298,796人" } }), "M04-I01 baseline as printed"),
        ["second series target 230,000 → 23,000"] = (p => p.WithIndicator("M04-I03", i => i with { Target = i.Target with { Value = 23000m } }), "M04-I03 target value"),
        ["98.30% read with 1 decimal"] = (p => p.WithIndicator("M19-I01", i => i with { Decimals = 1 }), "M19-I01 decimals"),
        ["unit ha → a"] = (p => p.WithIndicator("M06-I02", i => i with { Unit = "a" }), "M06-I02 unit"),
        ["10%向上 → 20%"] = (p => p.WithIndicator("M18-I03", i => i with { Target = i.Target with { RelativePercent = 20m } }), "M18-I03 relative target %"),
        ["R1 baseline (※) read as R2"] = (p => p.WithIndicator("M08-I03", i => i with { Baseline = i.Baseline with { FiscalYear = 2020 } }), "M08-I03 baseline year"),
        ["baseline note dropped"] = (p => p.WithIndicator("M08-I01", i => i with { Baseline = i.Baseline with { Note = null } }), "M08-I01 baseline as printed"),
        ["target year R5"] = (p => p.WithIndicator("M15-I01", i => i with { Target = i.Target with { FiscalYear = 2023 } }), "M15-I01 target year"),
        ["footnote dropped"] = (p => p.WithIndicator("M08-I03", i => i with { Footnote = null }), "M08-I03 footnote"),
        ["indicator row left out"] = (p => p.WithoutIndicator("M13-I04"), "実施施策13 indicator rows"),
        ["indicator row name typo"] = (p => p.WithIndicator("M11-I03", i => i with { RowName = "特定検診受診率", Name = "特定検診受診率" }), "実施施策11 indicator rows"),
        ["measure title typo"] = (p => p.WithMeasure(14, m => m with { Title = "阿蘇の自然と共生する住環境の形成" }), "実施施策14 title"),
        ["measure owner typo"] = (p => p.WithMeasure(9, m => m with { OwnerLabel = "人権推進課" }), "実施施策9 owner"),
        ["policy title typo"] = (p => p.WithPolicy(3, x => x with { Title = x.Title.Replace("学びあい", "学び合い", StringComparison.Ordinal) }), "政策3 title"),
        ["policy short name"] = (p => p.WithPolicy(5, x => x with { ShortName = "安心" }), "政策5 short name"),
        ["SDG target dropped"] = (p => p.WithMeasure(13, m => m with { SdgGoals = [m.SdgGoals[0] with { Targets = ["11.2", "11.5", "11.6"] }, .. m.SdgGoals.Skip(1)] }), "実施施策13 SDG goals"),
        ["project typo"] = (p => p.WithMeasure(4, m => m with { Initiatives = [m.Initiatives[0] with { Projects = [m.Initiatives[0].Projects[0] with { Name = "阿蘇くじゅう観光圏事業" }, .. m.Initiatives[0].Projects.Skip(1).Select(x => x with { Name = x.Name + "等" })] }, .. m.Initiatives.Skip(1)] }), "主な事務・事業"),
        ["individual plan period"] = (p => p.WithPolicy(2, x => x with { IndividualPlans = [x.IndividualPlans[0] with { Period = "令和2年度 ～令和13年度" }, .. x.IndividualPlans.Skip(1)] }), "政策2 個別計画 期間"),
        ["measure moved to another policy"] = (p => MoveMeasure(p, 12, 5), "実施施策12 policy"),
    };

    public static TheoryData<string> TypoNames => [.. Typos.Keys];

    [Theory]
    [MemberData(nameof(TypoNames))]
    public void A_single_typo_is_reported_where_it_is(string typo)
    {
        var (edit, expected) = Typos[typo];

        var differences = SeedFidelity.Differences(edit(SeedFiles.Plan), SeedFiles.Source);

        Assert.Contains(differences, d => d.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_typo_in_a_paragraph_is_not_found_in_the_documents()
    {
        var plan = SeedFiles.Plan with { VisionThoughts = [SeedFiles.Plan.VisionThoughts[0].Replace("巨大な", "強大な", StringComparison.Ordinal), .. SeedFiles.Plan.VisionThoughts.Skip(1)] };

        var missing = SourceCoverage.NotInSource(plan, SeedFiles.Documents);

        Assert.Contains(missing, m => m.StartsWith("visionThoughts: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_left_out_issue_is_reported_as_a_printed_line_missing_from_plan_json()
    {
        var plan = SeedFiles.Plan.WithPolicy(6, p => p with { CurrentIssues = [.. p.CurrentIssues.Where(i => !i.StartsWith("消防団については", StringComparison.Ordinal))] });

        var missing = SourceCoverage.NotInSeed(plan, SeedFiles.Documents);

        Assert.Contains(missing, m => m.StartsWith("- 消防団については", StringComparison.Ordinal));
    }

    private static PlanSeed MoveMeasure(PlanSeed plan, int number, int toPolicy)
    {
        var from = plan.Period.Policies.Single(p => p.Measures.Any(m => m.Number == number));
        var measure = from.Measures.Single(m => m.Number == number);
        return plan
            .WithPolicy(from.Number, p => p with { Measures = [.. p.Measures.Where(m => m.Number != number)] })
            .WithPolicy(toPolicy, p => p with { Measures = [.. p.Measures, measure] });
    }
}
