using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AsoPlan.Data.Tests;

public class SqliteConnectionTests
{
    [Fact]
    public async Task Database_file_is_in_WAL_mode_with_a_busy_timeout()
    {
        using var database = await TestDatabase.CreateMigratedAsync();

        // journal_mode is stored in the file, so a plain connection sees it too.
        await using (var raw = new SqliteConnection(database.ConnectionString))
        {
            await raw.OpenAsync();
            await using var command = raw.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", await command.ExecuteScalarAsync());
        }

        await using var db = database.CreateContext();
        Assert.Equal(5000L, await TestDatabase.BusyTimeoutAsync(db));
    }

    [Fact]
    public async Task Default_database_lives_in_App_Data_under_the_content_root()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "asoplan-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(contentRoot);
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(contentRoot));
            services.AddAsoPlanData(new ConfigurationBuilder().Build());
            await using (var provider = services.BuildServiceProvider())
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
                await db.Database.MigrateAsync();
            }

            Assert.True(File.Exists(Path.Combine(contentRoot, "App_Data", "asoplan.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "AsoPlan.Data.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
