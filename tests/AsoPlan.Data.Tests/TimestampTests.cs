using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

public class TimestampTests
{
    [Fact]
    public async Task Timestamps_read_back_as_UTC()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var recordId = await ConcurrencyTests.CreateRecordAsync(database);
        await using var db = database.CreateContext();
        var record = await db.PdcaRecords.SingleAsync(r => r.Id == recordId);
        record.ApprovedAt = new DateTime(2022, 6, 1, 9, 0, 0, DateTimeKind.Utc);
        await db.SaveChangesAsync();

        await using var check = database.CreateContext();
        var saved = await check.PdcaRecords.SingleAsync(r => r.Id == recordId);
        Assert.Equal(DateTimeKind.Utc, saved.UpdatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, saved.ApprovedAt!.Value.Kind);
        Assert.Equal(new DateTime(2022, 6, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(9), saved.ApprovedAt);
    }
}
