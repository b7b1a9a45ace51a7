using System.Text.Json.Nodes;
using AsoPlan.Data.Audit;
using AsoPlan.Data.Seeding;
using AsoPlan.Data.Tests.Seeds;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

/// <summary>Loading a whole plan file: export round-trips, and a file with any problem changes nothing.</summary>
public class PlanLoaderTests
{
    private static string SeedJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", PlanSeedReader.DefaultFileName));

    [Fact]
    public void The_real_seed_file_passes_every_check()
    {
        var check = PlanSeedValidator.Validate(SeedJson);
        Assert.Empty(check.Problems);
        Assert.True(check.IsValid);
    }

    [Fact]
    public async Task Exported_plan_loaded_into_an_empty_database_exports_byte_identical()
    {
        using var first = await TestDatabase.CreateMigratedAsync();
        await using (var db = first.CreateContext())
        {
            var result = await Loader(db).LoadAsync(SeedJson, "admin@example.jp");
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            Assert.True(result.NewPeriod);
        }

        string exported;
        await using (var db = first.CreateContext())
        {
            exported = PlanSeedJson.Serialize((await new PlanSeedExporter(db).ExportAsync())!);
        }

        // The export says what the seed file says (member order and number spelling aside).
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SeedJson), JsonNode.Parse(exported)), "export differs from seeds/plan.json");

        using var second = await TestDatabase.CreateMigratedAsync();
        await using (var db = second.CreateContext())
        {
            var result = await Loader(db).LoadAsync(exported, "admin@example.jp");
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        }

        await using (var db = second.CreateContext())
        {
            var again = PlanSeedJson.Serialize((await new PlanSeedExporter(db).ExportAsync())!);
            Assert.Equal(exported, again);
            Assert.Contains("\"relativePercent\": 10", again, StringComparison.Ordinal);
            Assert.Contains("98.30", again, StringComparison.Ordinal);
        }

        Assert.Equal(await PlanSeedImporterTests.CountRowsAsync(first), await PlanSeedImporterTests.CountRowsAsync(second));
    }

    [Fact]
    public async Task A_file_with_mistakes_is_refused_whole_with_every_problem_listed()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            Assert.True((await Loader(db).LoadAsync(SeedJson, "admin@example.jp")).Succeeded);
        }

        var before = await PlanSeedImporterTests.CountRowsAsync(database);
        var plan = JsonNode.Parse(SeedJson)!;
        plan["name"] = "書き換えた名称";
        var policies = plan["period"]!["policies"]!.AsArray();
        policies[1]!["department"] = "no-such-department";
        var measure = policies[1]!["measures"]![0]!;
        measure["ownerSection"] = "no-such-section";
        var indicators = measure["indicators"]!.AsArray();
        indicators[1]!["code"] = indicators[0]!["code"]!.GetValue<string>();
        indicators[0]!["direction"] = "AtMost";
        indicators[0]!["directionReason"] = null;
        indicators[0]!["target"]!["relativePercent"] = 5;
        policies[2]!["measures"]![0]!["number"] = 99;

        string[] problems;
        await using (var db = database.CreateContext())
        {
            var result = await Loader(db).LoadAsync(plan.ToJsonString(), "admin@example.jp");
            Assert.False(result.Succeeded);
            problems = [.. result.Problems];
        }

        Assert.Contains(problems, p => p.Contains("部「no-such-department」は departments にありません", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("担当課「no-such-section」", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("が重複しています", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("directionReason に理由を書いてください", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("どちらか一方だけ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("実施施策の番号が順番になっていません", StringComparison.Ordinal));

        Assert.Equal(before, await PlanSeedImporterTests.CountRowsAsync(database));
        await using var check = database.CreateContext();
        Assert.NotEqual("書き換えた名称", (await check.Plans.SingleAsync()).Name);
        Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.Action == PlanLoader.AuditAction));
    }

    [Fact]
    public void Indicator_codes_may_skip_a_deleted_number_but_must_rise_and_carry_their_measure()
    {
        var plan = JsonNode.Parse(SeedJson)!;
        var withTwo = plan["period"]!["policies"]!.AsArray().SelectMany(p => p!["measures"]!.AsArray())
            .First(m => m!["indicators"]!.AsArray().Count >= 2)!;
        var indicators = withTwo["indicators"]!.AsArray();
        var measure = withTwo["number"]!.GetValue<int>();

        // The last indicator was deleted in the app and a new one added after it: …, I{n-1}, I{n+1}.
        var last = indicators[^1]!;
        last["code"] = $"M{measure:00}-I{indicators.Count + 1:00}";
        Assert.Empty(PlanSeedValidator.Validate(plan.ToJsonString()).Problems);

        last["code"] = $"M{measure:00}-I01";
        var falling = PlanSeedValidator.Validate(plan.ToJsonString()).Problems;
        Assert.Contains(falling, p => p.Contains("前の指標", StringComparison.Ordinal));

        last["code"] = $"M{measure + 1:00}-I{indicators.Count + 1:00}";
        var otherMeasure = PlanSeedValidator.Validate(plan.ToJsonString()).Problems;
        Assert.Contains(otherMeasure, p => p.Contains($"「M{measure:00}-I01」の形", StringComparison.Ordinal));
    }

    [Fact]
    public void Shape_mistakes_are_all_listed_with_their_path()
    {
        var plan = JsonNode.Parse(SeedJson)!;
        plan.AsObject().Remove("vision");
        plan["period"]!["policies"]![0]!["number"] = "一";
        plan["period"]!["policies"]![1]!["measures"]![0]!["indicators"]![0]!["unitt"] = "人";

        var problems = PlanSeedValidator.Validate(plan.ToJsonString()).Problems;

        Assert.Contains("plan.vision: 必須の項目がありません。", problems);
        Assert.Contains("plan.period.policies[0].number: 整数を書いてください。", problems);
        Assert.Contains(problems, p => p.StartsWith("plan.period.policies[1].measures[0].indicators[0].unitt: 知らない項目です", StringComparison.Ordinal));
        Assert.Equal(3, problems.Count);
        Assert.Contains("JSONとして読めません", Assert.Single(PlanSeedValidator.Validate("{\"code\": ").Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_next_period_numbers_its_measures_anew_and_becomes_current_but_may_not_overlap_another_periods_years()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            Assert.True((await Loader(db).LoadAsync(SeedJson, "admin@example.jp")).Succeeded);
        }

        var next = JsonNode.Parse(SeedJson)!;
        next["period"]!["code"] = "aso-2-next";
        next["period"]!["name"] = "次期基本計画";
        await using (var db = database.CreateContext())
        {
            var refused = await Loader(db).LoadAsync(next.ToJsonString(), "admin@example.jp");
            Assert.Equal(
                ["計画期間（令和3年度〜令和6年度）が「後期基本計画」（令和3年度〜令和6年度）と重なっています。新しい基本計画には、重ならない年度を指定してください。"],
                refused.Problems);
        }

        next["period"]!["startFiscalYear"] = 2025;
        next["period"]!["endFiscalYear"] = 2028;
        next["period"]!["baselineFiscalYear"] = 2024;
        foreach (var indicator in next["period"]!["policies"]!.AsArray().SelectMany(p => p!["measures"]!.AsArray()).SelectMany(m => m!["indicators"]!.AsArray()))
        {
            indicator!["target"]!["fiscalYear"] = 2028;
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await Loader(db).LoadAsync(next.ToJsonString(), "admin@example.jp");
            Assert.True(loaded.Succeeded, string.Join('\n', loaded.Problems));
            Assert.True(loaded.NewPeriod);
        }

        await using var check = database.CreateContext();
        Assert.Equal("aso-2-next", (await check.PlanPeriods.SingleAsync(p => p.IsCurrent)).Code);
        var measuresPerPeriod = await check.Measures.GroupBy(m => m.Policy!.PlanPeriod!.Code).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(2, measuresPerPeriod.Count);
        Assert.All(measuresPerPeriod, p => Assert.Equal(20, p.Count));
        Assert.Equal(2, await check.Measures.CountAsync(m => m.Number == 1));
        Assert.Equal(2, await check.Indicators.CountAsync(i => i.Code == "M04-I01"));
    }

    private static PlanLoader Loader(AsoPlanDbContext db) =>
        new(db, new PlanSeedImporter(db), new AuditTrail(db, TimeProvider.System));
}
