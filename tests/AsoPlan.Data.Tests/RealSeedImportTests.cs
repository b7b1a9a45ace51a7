using AsoPlan.Core.Workflow;
using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using AsoPlan.Data.Tests.Seeds;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AsoPlan.Data.Tests;

/// <summary>The real seeds/plan.json, imported into a real migrated SQLite file.</summary>
public class RealSeedImportTests
{
    [Fact]
    public async Task Whole_plan_is_imported_with_every_indicator()
    {
        var seed = SeedFiles.Plan;
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(seed);
        }

        await using var check = database.CreateContext();
        Assert.Equal([1, 2, 3, 4, 5, 6], await check.Policies.OrderBy(p => p.Number).Select(p => p.Number).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 20), await check.Measures.OrderBy(m => m.Number).Select(m => m.Number).ToListAsync());
        var seededCodes = seed.Period.Policies.SelectMany(p => p.Measures).SelectMany(m => m.Indicators).Select(i => i.Code).Order(StringComparer.Ordinal);
        Assert.Equal(seededCodes, (await check.Indicators.Select(i => i.Code).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(5, await check.Challenges.CountAsync());
        var plan = await check.Plans.SingleAsync();
        Assert.Equal("大きな明日へ実行するまちづくり", plan.Philosophy);
        Assert.Equal("を基本理念とします。", plan.PhilosophyClosing);
        Assert.Equal(seed.VisionLead, plan.VisionLead);
    }

    [Fact]
    public async Task Reimport_keeps_row_counts_and_entered_actuals_and_applies_changed_titles()
    {
        var seed = SeedFiles.Plan;
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(seed);
            var indicator = await db.Indicators.Include(i => i.Measure).OrderBy(i => i.Code).FirstAsync();
            db.PdcaRecords.Add(new PdcaRecord
            {
                MeasureId = indicator.MeasureId,
                FiscalYear = 2021,
                State = RecordState.Approved,
                UpdatedAt = DateTime.UtcNow,
                Values = [new ActualValue { IndicatorId = indicator.Id, Value = 123.45m }],
            });
            await db.SaveChangesAsync();
        }

        var counts = await PlanSeedImporterTests.CountRowsAsync(database);
        await using (var db = database.CreateContext())
        {
            Assert.True((await new PlanSeedImporter(db).ImportAsync(seed)).Unchanged);
        }

        await using (var db = database.CreateContext())
        {
            var summary = await new PlanSeedImporter(db).ImportAsync(SampleSeed.WithMeasureTitle(seed, 13, "変更後の施策名"));
            Assert.Equal(new SeedImportSummary(0, 1, 0), summary);
        }

        Assert.Equal(counts, await PlanSeedImporterTests.CountRowsAsync(database));
        await using var check = database.CreateContext();
        Assert.Equal("変更後の施策名", await check.Measures.Where(m => m.Number == 13).Select(m => m.Title).SingleAsync());
        Assert.Equal(123.45m, (await check.ActualValues.SingleAsync()).Value);
    }

    /// <summary>SQLite ignores column sizes; SQL Server would reject the import. Check every seeded string fits.</summary>
    [Fact]
    public async Task Every_seeded_string_fits_its_column_on_SqlServer()
    {
        var seed = SeedFiles.Plan;
        using var database = await TestDatabase.CreateMigratedAsync();
        await using var db = database.CreateContext();
        await new PlanSeedImporter(db).ImportAsync(seed);
        using var sqlServer = SqlServerModel.CreateContext();

        var tooLong = new List<string>();
        foreach (var entityType in sqlServer.Model.GetEntityTypes().Where(t => t.ClrType.Namespace == "AsoPlan.Core.Plan"))
        {
            var bounded = entityType.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null).ToList();
            var rows = await QueryAsync(db, entityType);
            foreach (var row in rows)
            {
                tooLong.AddRange(bounded
                    .Where(p => p.PropertyInfo!.GetValue(row) is string value && value.Length > p.GetMaxLength())
                    .Select(p => $"{entityType.ClrType.Name}.{p.Name} ({((string)p.PropertyInfo!.GetValue(row)!).Length} > {p.GetMaxLength()})"));
            }
        }

        Assert.Empty(tooLong);
    }

    private static async Task<List<object>> QueryAsync(AsoPlanDbContext db, IEntityType entityType)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
            .MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
        return await set.AsNoTracking().ToListAsync();
    }
}
