using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Data;

/// <summary>Startup: migrate, then upsert the plan from seeds/ by natural key.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsoPlanDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();

            // Checked before touching the database, so a broken deployment fails with the reason, not half-initialised.
            var seedPath = SeedFilePath(options);
            if (!File.Exists(seedPath))
            {
                throw new FileNotFoundException(
                    $"The plan seed {seedPath} was not found. Deploy seeds/{PlanSeedReader.DefaultFileName} beside the app or set Database:SeedDirectory.",
                    seedPath);
            }

            var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
            if (options.Provider == DatabaseProvider.Sqlite && Backup.SqliteInUseMarker.DatabaseFile(db.Database.GetConnectionString()) is { } file)
            {
                scope.ServiceProvider.GetRequiredService<Backup.SqliteInUseMarker>().Hold(file);
            }

            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var seed = await PlanSeedReader.ReadAsync(seedPath, cancellationToken).ConfigureAwait(false);
            await scope.ServiceProvider.GetRequiredService<PlanSeedImporter>().ImportAsync(seed, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>plan.json under <see cref="DatabaseOptions.SeedDirectory"/>, a relative folder resolving against the app's base directory.</summary>
    public static string SeedFilePath(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, options.SeedDirectory, PlanSeedReader.DefaultFileName));
    }
}
