using System.Text.Json.Nodes;
using AsoPlan.Core.Budget;
using AsoPlan.Core.Workflow;
using AsoPlan.Data.Audit;
using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

/// <summary>
/// 主な事務・事業 in the plan file: a project's code is its key (a moved or renamed project keeps its entered years),
/// its section and 予算事業コード travel both ways, and a file may not drop a project that has entered years.
/// </summary>
public class ProjectPlanFileTests
{
    private static string SeedJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", PlanSeedReader.DefaultFileName));

    [Fact]
    public async Task Section_and_budget_code_round_trip_and_a_moved_renamed_project_keeps_its_entered_year()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            Assert.True((await Loader(db).LoadAsync(SeedJson, "admin@example.jp")).Succeeded);
            await AddProjectYearAsync(db, "M13-P02");
        }

        // 橋梁補修 (M13-P02) moves to the last initiative, is renamed, run by 住環境課 and linked to the budget.
        var plan = JsonNode.Parse(SeedJson)!;
        var initiatives = Measure(plan, 13)["initiatives"]!.AsArray();
        var bridge = initiatives[0]!["projects"]!.AsArray()[1]!;
        initiatives[0]!["projects"]!.AsArray().Remove(bridge);
        bridge["name"] = "橋梁補修（長寿命化）";
        bridge["section"] = "jukankyo";
        bridge["budgetCode"] = "08-02-01-003";
        initiatives[^1]!["projects"]!.AsArray().Add(bridge);

        string exported;
        await using (var db = database.CreateContext())
        {
            var result = await Loader(db).LoadAsync(plan.ToJsonString(), "admin@example.jp");
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            exported = PlanSeedJson.Serialize((await new PlanSeedExporter(db).ExportAsync())!);
        }

        Assert.True(JsonNode.DeepEquals(plan, JsonNode.Parse(exported)), "the export differs from the file loaded");
        Assert.Contains("\"budgetCode\": \"08-02-01-003\"", exported, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        var project = await check.Projects.Include(p => p.Initiative).Include(p => p.OwnerSection).SingleAsync(p => p.Code == "M13-P02");
        Assert.Equal(("橋梁補修（長寿命化）", "jukankyo", "08-02-01-003"), (project.Name, project.OwnerSection!.Code, project.BudgetCode!));
        Assert.Equal(initiatives[^1]!["name"]!.GetValue<string>(), project.Initiative!.Name);
        Assert.Equal(project.Id, (await check.ProjectRecords.SingleAsync()).ProjectId);
    }

    [Fact]
    public async Task A_file_that_drops_a_project_with_entered_years_or_misnumbers_one_is_refused_whole()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            Assert.True((await Loader(db).LoadAsync(SeedJson, "admin@example.jp")).Succeeded);
            await AddProjectYearAsync(db, "M13-P02");
        }

        var plan = JsonNode.Parse(SeedJson)!;
        var projects = Measure(plan, 13)["initiatives"]![0]!["projects"]!.AsArray();
        projects.RemoveAt(1);
        projects[0]!["code"] = "M12-P01";
        Measure(plan, 14)["initiatives"]![0]!["projects"]![0]!["section"] = "no-such-section";

        await using (var db = database.CreateContext())
        {
            var result = await Loader(db).LoadAsync(plan.ToJsonString(), "admin@example.jp");
            Assert.False(result.Succeeded);
            Assert.Contains(result.Problems, p => p.Contains("事務事業 M13-P02（橋梁補修）には入力済みの年度の記録があるため、計画ファイルから外せません。", StringComparison.Ordinal));
            Assert.Contains(result.Problems, p => p.Contains("事務事業のコード「M12-P01」は M13-P01 の形", StringComparison.Ordinal));
            Assert.Contains(result.Problems, p => p.Contains("担当課「no-such-section」は departments のどの部にもありません", StringComparison.Ordinal));
        }

        await using var check = database.CreateContext();
        Assert.Equal(179, await check.Projects.CountAsync());
        Assert.True(await check.Projects.AnyAsync(p => p.Code == "M13-P01" && p.Name == "橋梁点検"));
    }

    private static JsonNode Measure(JsonNode plan, int number) =>
        plan["period"]!["policies"]!.AsArray().SelectMany(p => p!["measures"]!.AsArray()).Single(m => m!["number"]!.GetValue<int>() == number)!;

    private static async Task AddProjectYearAsync(AsoPlanDbContext db, string code)
    {
        var project = await db.Projects.SingleAsync(p => p.Code == code);
        db.PdcaRecords.Add(new PdcaRecord
        {
            MeasureId = project.MeasureId,
            FiscalYear = 2021,
            State = RecordState.Draft,
            UpdatedAt = DateTime.UtcNow,
            Projects = [new ProjectRecord { ProjectId = project.Id, Settlement = 1000m, Direction = ProjectDirection.Continue }],
        });
        await db.SaveChangesAsync();
    }

    private static PlanLoader Loader(AsoPlanDbContext db) =>
        new(db, new PlanSeedImporter(db), new AuditTrail(db, TimeProvider.System));
}
