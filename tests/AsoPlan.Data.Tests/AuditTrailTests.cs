using AsoPlan.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AsoPlan.Data.Tests;

public class AuditTrailTests
{
    [Fact]
    public async Task A_recorded_change_is_stored_with_who_when_before_and_after_in_readable_japanese()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(new DateTimeOffset(2022, 5, 31, 1, 2, 3, TimeSpan.Zero));
        await using (var db = database.CreateContext())
        {
            new AuditTrail(db, clock.Object).Record(
                "staff@aso.example", "record.save", "PdcaRecord", "M13/2021",
                before: new { DoText = "旧" }, after: new { DoText = "新しい実績" });
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var entry = await check.AuditEntries.SingleAsync();
        Assert.Equal("staff@aso.example", entry.Actor);
        Assert.Equal(new DateTime(2022, 5, 31, 1, 2, 3, DateTimeKind.Utc), entry.At);
        Assert.Equal("M13/2021", entry.EntityKey);
        Assert.Equal("{\"DoText\":\"旧\"}", entry.Before);
        Assert.Equal("{\"DoText\":\"新しい実績\"}", entry.After);
    }

    [Fact]
    public async Task Nothing_is_written_when_the_change_itself_is_not_saved()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            new AuditTrail(db, TimeProvider.System).Record("a", "account.create", "AppUser", "a", null, new { Email = "a" });
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.AuditEntries.CountAsync());
    }
}
