using System.Text.Json;
using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

public class DatabaseInitializerTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Startup_migrates_and_imports_the_seed_and_a_restart_adds_nothing()
    {
        using var database = TestDatabase.Create();
        var seedDirectory = Path.Combine(database.Folder, "seeds");
        Directory.CreateDirectory(seedDirectory);
        await File.WriteAllTextAsync(
            Path.Combine(seedDirectory, PlanSeedReader.DefaultFileName),
            JsonSerializer.Serialize(SampleSeed.Create(), Json));

        await database.Services.InitializeAsoPlanDatabaseAsync();
        var first = await PlanSeedImporterTests.CountRowsAsync(database);
        await database.Services.InitializeAsoPlanDatabaseAsync();

        Assert.Equal(first, await PlanSeedImporterTests.CountRowsAsync(database));
        Assert.Equal(2, first["Measures"]);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_restart_keeps_plan_edits_made_in_the_app_instead_of_reapplying_the_seed()
    {
        using var database = TestDatabase.Create();
        var seedDirectory = Path.Combine(database.Folder, "seeds");
        Directory.CreateDirectory(seedDirectory);
        var seed = SampleSeed.Create();
        await File.WriteAllTextAsync(Path.Combine(seedDirectory, PlanSeedReader.DefaultFileName), JsonSerializer.Serialize(seed, Json));
        await database.Services.InitializeAsoPlanDatabaseAsync();
        await using (var db = database.CreateContext())
        {
            var measure = await db.Measures.SingleAsync(m => m.Number == 2);
            measure.Title = "アプリで直した題名";
            var indicator = await db.Indicators.SingleAsync(i => i.Code == "02-03");
            indicator.TargetValue = 70m;
            await db.SaveChangesAsync();
        }

        await database.Services.InitializeAsoPlanDatabaseAsync();

        await using (var db = database.CreateContext())
        {
            Assert.Equal("アプリで直した題名", await db.Measures.Where(m => m.Number == 2).Select(m => m.Title).SingleAsync());
            Assert.Equal(70m, await db.Indicators.Where(i => i.Code == "02-03").Select(i => i.TargetValue).SingleAsync());
        }
    }

    [Fact]
    public async Task Missing_plan_json_fails_with_its_path_before_touching_the_database()
    {
        using var database = TestDatabase.Create();

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => database.Services.InitializeAsoPlanDatabaseAsync());

        Assert.Contains(Path.Combine(database.Folder, "seeds", "plan.json"), error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(database.FilePath));
    }
}
