using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task Second_save_of_a_stale_record_is_refused_and_the_first_survives()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var recordId = await CreateRecordAsync(database);

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.PdcaRecords.SingleAsync(r => r.Id == recordId);
        var theirs = await second.PdcaRecords.SingleAsync(r => r.Id == recordId);

        mine.DoText = "農政課が先に保存した実績";
        await first.SaveChangesAsync();
        theirs.DoText = "古い画面から保存した実績";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.CreateContext();
        Assert.Equal("農政課が先に保存した実績", (await check.PdcaRecords.SingleAsync(r => r.Id == recordId)).DoText);
    }

    [Fact]
    public async Task Posted_version_is_checked_and_every_save_issues_a_new_one()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var recordId = await CreateRecordAsync(database);
        Guid versionShownOnForm;
        await using (var db = database.CreateContext())
        {
            versionShownOnForm = (await db.PdcaRecords.SingleAsync(r => r.Id == recordId)).Version;
        }

        // Someone else saves while the form is open.
        await using (var db = database.CreateContext())
        {
            var record = await db.PdcaRecords.SingleAsync(r => r.Id == recordId);
            record.ActionText = "別の担当者の入力";
            await db.SaveChangesAsync();
            Assert.NotEqual(versionShownOnForm, record.Version);
        }

        // The form posts back the version it showed, as a controller would from a hidden field.
        await using (var db = database.CreateContext())
        {
            var record = await db.PdcaRecords.SingleAsync(r => r.Id == recordId);
            db.Entry(record).Property(r => r.Version).OriginalValue = versionShownOnForm;
            record.ActionText = "古いフォームの入力";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        Assert.Equal("別の担当者の入力", (await check.PdcaRecords.SingleAsync(r => r.Id == recordId)).ActionText);
    }

    [Fact]
    public async Task Changing_only_an_actual_value_renews_the_record_version()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var recordId = await CreateRecordAsync(database);
        await using var db = database.CreateContext();
        var record = await db.PdcaRecords.Include(r => r.Values).SingleAsync(r => r.Id == recordId);
        var before = record.Version;
        var indicatorId = await db.Indicators.Where(i => i.Code == "02-01").Select(i => i.Id).SingleAsync();

        record.Values.Add(new ActualValue { IndicatorId = indicatorId, Value = 310m });
        await db.SaveChangesAsync();

        Assert.NotEqual(before, record.Version);
    }

    internal static async Task<int> CreateRecordAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await new Seeding.PlanSeedImporter(db).ImportAsync(SampleSeed.Create());
        var measureId = await db.Measures.Where(m => m.Number == 2).Select(m => m.Id).SingleAsync();
        var record = new PdcaRecord { MeasureId = measureId, FiscalYear = 2021, State = RecordState.Draft, UpdatedAt = DateTime.UtcNow };
        db.PdcaRecords.Add(record);
        await db.SaveChangesAsync();
        Assert.NotEqual(Guid.Empty, record.Version);
        return record.Id;
    }
}
