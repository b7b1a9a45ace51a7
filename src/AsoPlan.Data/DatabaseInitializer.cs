using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AsoPlan.Data;

/// <summary>
/// Startup: migrate, then load the plan from seeds/ if its period is not in the database yet. Once the
/// period is there, the database owns it: plan administration edits it in the app, and a restart must
/// not put the seed's texts and targets back over those edits. A changed plan file is loaded on purpose
/// (admin page or <c>import-plan</c>), never by restarting.
/// </summary>
public static partial class DatabaseInitializer
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
            await LegacyProjects.MoveAsync(db, cancellationToken).ConfigureAwait(false);
            await SearchColumns.RefreshAsync(db, cancellationToken).ConfigureAwait(false);
            var seed = await PlanSeedReader.ReadAsync(seedPath, cancellationToken).ConfigureAwait(false);
            if (await db.PlanPeriods.AnyAsync(p => p.Code == seed.Period.Code, cancellationToken).ConfigureAwait(false))
            {
                var logger = scope.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(DatabaseInitializer).FullName!) ?? NullLogger.Instance;
                LogSeedSkipped(logger, seed.Period.Code, seedPath);
                return;
            }

            await scope.ServiceProvider.GetRequiredService<PlanSeedImporter>().ImportAsync(seed, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>plan.json under <see cref="DatabaseOptions.SeedDirectory"/>, a relative folder resolving against the app's base directory.</summary>
    public static string SeedFilePath(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, options.SeedDirectory, PlanSeedReader.DefaultFileName));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan period {PeriodCode} is already in the database; {SeedPath} was not applied (edits made in the app are kept)")]
    private static partial void LogSeedSkipped(ILogger logger, string periodCode, string seedPath);
}
