using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Data.Tests;

/// <summary>A real SQLite file in its own temp folder, wired exactly as the app wires it.</summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string? seedDirectory)
    {
        Folder = Path.Combine(Path.GetTempPath(), "asoplan-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:AsoPlan"] = ConnectionString,
                ["Database:SeedDirectory"] = seedDirectory ?? Path.Combine(Folder, "seeds"),
            })
            .Build();
        Services = new ServiceCollection().AddLogging().AddAsoPlanData(configuration).BuildServiceProvider();
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "asoplan.db");

    public string ConnectionString => $"Data Source={FilePath}";

    public ServiceProvider Services { get; }

    /// <summary>An empty folder-backed database (nothing created yet).</summary>
    public static TestDatabase Create(string? seedDirectory = null) => new(seedDirectory);

    /// <summary>A database with every migration applied.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync()
    {
        var database = new TestDatabase(null);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public AsoPlanDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<AsoPlanDbContext>();
        ServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, ConnectionString, Folder);
        return new AsoPlanDbContext(builder.Options);
    }

    /// <summary>The busy timeout the context's own connection runs with (set by the pragma interceptor).</summary>
    public static async Task<object?> BusyTimeoutAsync(AsoPlanDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
