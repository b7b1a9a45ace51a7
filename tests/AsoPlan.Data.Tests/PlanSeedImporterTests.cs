using AsoPlan.Core.Plan;
using AsoPlan.Core.Workflow;
using AsoPlan.Data.Identity;
using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

public class PlanSeedImporterTests
{
    [Fact]
    public async Task Import_creates_the_whole_plan()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using var db = database.CreateContext();

        await new PlanSeedImporter(db).ImportAsync(SampleSeed.Create());

        var measure = await db.Measures.AsNoTracking()
            .Include(m => m.Policy!).ThenInclude(p => p.Challenge)
            .Include(m => m.OwnerSection!).ThenInclude(s => s.Department)
            .Include(m => m.SdgGoals).Include(m => m.Initiatives).ThenInclude(i => i.Projects).Include(m => m.Indicators)
            .SingleAsync(m => m.Number == 2);
        Assert.Equal("農業の振興", measure.Title);
        Assert.Equal(2, measure.Policy!.Number);
        Assert.Equal(1, measure.Policy.Challenge!.Number);
        Assert.Equal("経済部", measure.OwnerSection!.Department!.Name);
        Assert.Equal("一段落目。\n\n二段落目。", measure.Description);
        Assert.Equal(["2.3 2.4", ""], measure.SdgGoals.OrderBy(g => g.Goal).Select(g => g.Targets));
        Assert.Equal(["M02-P01 新規就農者支援事業", "M02-P02 農地集積事業"], measure.Initiatives.Single(i => i.SortOrder == 1).Projects.OrderBy(p => p.SortOrder).Select(p => $"{p.Code} {p.Name}"));

        var relative = measure.Indicators.Single(i => i.Code == "02-02-2");
        Assert.Equal("年間外国人宿泊者数", relative.Name);
        Assert.Null(relative.TargetValue);
        Assert.Equal(10m, relative.TargetRelativePercent);
        var floor = measure.Indicators.Single(i => i.Code == "02-03");
        Assert.Equal(65.33m, floor.BaselineValue);
        Assert.Equal(IndicatorDirection.AtLeast, floor.Direction);

        var keyActions = await db.Initiatives.Where(i => i.Measure!.Number == 1 && i.Kind == InitiativeKind.KeyAction).CountAsync();
        Assert.Equal(2, keyActions);
        Assert.Equal("計画の推進に向けて", (await db.PlanSections.SingleAsync(s => s.Key == "promotion-pdca")).Heading);
        Assert.True((await db.PlanPeriods.SingleAsync()).IsCurrent);
    }

    [Fact]
    public async Task Importing_twice_changes_nothing_and_duplicates_nothing()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(SampleSeed.Create());
        }

        var before = await CountRowsAsync(database);
        await using (var db = database.CreateContext())
        {
            var second = await new PlanSeedImporter(db).ImportAsync(SampleSeed.Create());
            Assert.True(second.Unchanged, $"second import changed rows: {second}");
        }

        Assert.Equal(before, await CountRowsAsync(database));
    }

    [Fact]
    public async Task Changed_seed_text_updates_the_existing_row()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(SampleSeed.Create());
        }

        var id = await IdOfMeasure(database, 2);
        await using (var db = database.CreateContext())
        {
            var summary = await new PlanSeedImporter(db).ImportAsync(SampleSeed.WithMeasureTitle(SampleSeed.Create(), 2, "農林業の振興"));
            Assert.Equal(new SeedImportSummary(0, 1, 0), summary);
        }

        await using var check = database.CreateContext();
        var measure = await check.Measures.SingleAsync(m => m.Number == 2);
        Assert.Equal("農林業の振興", measure.Title);
        Assert.Equal(id, measure.Id);
    }

    [Fact]
    public async Task Entered_records_values_and_accounts_survive_reimport()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(SampleSeed.Create());
            var measure = await db.Measures.Include(m => m.Indicators).SingleAsync(m => m.Number == 2);
            var section = await db.Sections.SingleAsync(s => s.Code == "nosei");
            db.PdcaRecords.Add(new PdcaRecord
            {
                MeasureId = measure.Id,
                FiscalYear = 2022,
                State = RecordState.Approved,
                DoText = "新規就農者を支援した",
                UpdatedAt = DateTime.UtcNow,
                Values = [new ActualValue { IndicatorId = measure.Indicators.Single(i => i.Code == "02-01").Id, Value = 312m }],
            });
            db.Users.Add(new AppUser { UserName = "nosei1", NormalizedUserName = "NOSEI1", DisplayName = "農政 太郎", SectionId = section.Id });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(SampleSeed.WithMeasureTitle(SampleSeed.Create(), 2, "農業の振興（改）"));
        }

        await using var check = database.CreateContext();
        var value = await check.ActualValues.Include(v => v.PdcaRecord).Include(v => v.Indicator).SingleAsync();
        Assert.Equal(312m, value.Value);
        Assert.Equal("02-01", value.Indicator!.Code);
        Assert.Equal("新規就農者を支援した", value.PdcaRecord!.DoText);
        Assert.Equal(RecordState.Approved, value.PdcaRecord.State);
        var user = await check.Users.Include(u => u.Section).SingleAsync();
        Assert.Equal("nosei", user.Section!.Code);
    }

    [Fact]
    public async Task Removed_list_rows_are_removed_but_keyed_rows_are_kept()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(SampleSeed.Create());
        }

        var seed = SampleSeed.Create();
        var shorter = seed with
        {
            Period = seed.Period with
            {
                Policies = [.. seed.Period.Policies.Select(p => p with
                {
                    Measures = [.. p.Measures.Select(m => m with
                    {
                        Initiatives = [.. m.Initiatives.Take(1)],
                        SdgGoals = [.. m.SdgGoals.Take(1)],
                        Indicators = [.. m.Indicators.Where(i => i.Code != "02-03")],
                    })],
                })],
            },
        };
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(shorter);
        }

        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Initiatives.CountAsync(i => i.Measure!.Number == 2));
        Assert.Equal(1, await check.MeasureSdgGoals.CountAsync(g => g.Measure!.Number == 2));
        Assert.True(await check.Indicators.AnyAsync(i => i.Code == "02-03"));
    }

    [Fact]
    public async Task Seed_naming_an_unknown_section_fails_clearly_and_changes_nothing()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var seed = SampleSeed.Create();
        var broken = seed with
        {
            Period = seed.Period with
            {
                Policies = [.. seed.Period.Policies.Select(p => p with
                {
                    Measures = [.. p.Measures.Select(m => m.Number == 2 ? m with { OwnerSection = "nonexistent" } : m)],
                })],
            },
        };

        await using var db = database.CreateContext();
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new PlanSeedImporter(db).ImportAsync(broken));

        Assert.Contains("nonexistent", error.Message, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.False(await check.Plans.AnyAsync());
        Assert.False(await check.Sections.AnyAsync());
    }

    private static async Task<int> IdOfMeasure(TestDatabase database, int number)
    {
        await using var db = database.CreateContext();
        return await db.Measures.Where(m => m.Number == number).Select(m => m.Id).SingleAsync();
    }

    internal static async Task<IReadOnlyDictionary<string, int>> CountRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return new Dictionary<string, int>
        {
            ["Plans"] = await db.Plans.CountAsync(),
            ["PlanSections"] = await db.PlanSections.CountAsync(),
            ["Challenges"] = await db.Challenges.CountAsync(),
            ["PlanPeriods"] = await db.PlanPeriods.CountAsync(),
            ["Departments"] = await db.Departments.CountAsync(),
            ["Sections"] = await db.Sections.CountAsync(),
            ["Policies"] = await db.Policies.CountAsync(),
            ["PolicySections"] = await db.PolicySections.CountAsync(),
            ["IndividualPlans"] = await db.IndividualPlans.CountAsync(),
            ["Measures"] = await db.Measures.CountAsync(),
            ["MeasureSdgGoals"] = await db.MeasureSdgGoals.CountAsync(),
            ["Initiatives"] = await db.Initiatives.CountAsync(),
            ["Indicators"] = await db.Indicators.CountAsync(),
        };
    }
}
