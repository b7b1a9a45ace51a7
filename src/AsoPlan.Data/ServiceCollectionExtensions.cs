using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AsoPlan.Data;

public static class ServiceCollectionExtensions
{
    public const string ConnectionStringName = "AsoPlan";
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/asoplan.db";
    public const string SqliteMigrationsAssembly = "AsoPlan.Data.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "AsoPlan.Data.Migrations.SqlServer";

    /// <summary>The one provider switch: <c>Database:Provider</c> picks SQLite (default) or SQL Server.</summary>
    public static IServiceCollection AddAsoPlanData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddScoped<PlanSeedImporter>();
        services.AddScoped<PlanSeedExporter>();
        services.AddScoped<PlanLoader>();
        services.AddScoped<Audit.AuditTrail>();
        services.AddSingleton<Backup.SqliteInUseMarker>();
        services.TryAddSingleton(TimeProvider.System);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        // Pooled: a request rents a reset context instead of building one (and its services) each time.
        // The options are built once from the root provider, so every interceptor added to them
        // (SQLite pragmas here, cache eviction in the web app) is one shared, stateless-per-context instance.
        services.AddDbContextPool<AsoPlanDbContext>((provider, db) =>
        {
            // A relative SQLite path means "under the content root", not under whatever the working directory is.
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            Configure(db, options.Provider, connectionString, contentRoot);
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string? connectionString, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Chosen, not defaulted: a record loads its values and its project years (AutoInclude) in one query — two small
        // collections of one measure and year; queries that load large collections say AsSplitQuery themselves.
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                db.UseSqlServer(
                    string.IsNullOrWhiteSpace(connectionString)
                        ? throw new InvalidOperationException("Database:Provider is SqlServer, so ConnectionStrings:AsoPlan is required.")
                        : connectionString,
                    sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            default:
                db.UseSqlite(
                    SqliteConnectionStrings.Resolve(connectionString ?? DefaultSqliteConnectionString, contentRoot),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                db.AddInterceptors(SqlitePragmaInterceptor.Instance);
                break;
        }
    }
}
