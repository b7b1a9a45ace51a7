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
    public async Task Missing_plan_json_fails_with_its_path_before_touching_the_database()
    {
        using var database = TestDatabase.Create();

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => database.Services.InitializeAsoPlanDatabaseAsync());

        Assert.Contains(Path.Combine(database.Folder, "seeds", "plan.json"), error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(database.FilePath));
    }
}
