using AsoPlan.Core.Search;
using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

/// <summary>The folded search column is filled by the context on save and matched by the database, on both providers.</summary>
public sealed class SearchColumnTests
{
    [Fact]
    public void On_SQL_Server_a_search_is_a_LIKE_on_the_stored_folded_column_not_a_scan_in_memory()
    {
        using var db = SqlServerModel.CreateContext();
        var folded = SearchFolding.Fold("ｺﾞﾐ");

        var sql = db.Measures.Where(m => m.SearchText.Contains(folded)).Select(m => m.Number).ToQueryString();

        Assert.Contains("[m].[SearchText] LIKE", sql, StringComparison.Ordinal);
        Assert.Contains("ごみ", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_changed_plan_item_refolds_its_search_column_and_startup_refreshes_stale_rows()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(SampleSeed.Create());
        }

        await using (var db = database.CreateContext())
        {
            var measure = await db.Measures.OrderBy(m => m.Number).FirstAsync();
            measure.Description = "家庭のゴミを減らすＩＣＴの活用";
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var measure = await db.Measures.AsNoTracking().OrderBy(m => m.Number).FirstAsync();
            Assert.Contains("家庭のごみを減らすictの活用", measure.SearchText, StringComparison.Ordinal);
            Assert.Equal(1, await db.Measures.CountAsync(m => m.SearchText.Contains(SearchFolding.Fold("ｺﾞﾐ"))));

            // A row written before the column existed (or under older folding rules) is refolded at startup.
            await db.Database.ExecuteSqlRawAsync("UPDATE Measures SET SearchText = ''");
            Assert.True(await SearchColumns.RefreshAsync(db, CancellationToken.None) > 0);
            Assert.Equal(0, await SearchColumns.RefreshAsync(db, CancellationToken.None));
            Assert.Equal(1, await db.Measures.CountAsync(m => m.SearchText.Contains("ごみ")));
        }
    }
}
