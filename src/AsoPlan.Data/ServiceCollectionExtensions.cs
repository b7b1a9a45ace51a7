using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddDbContext<AsoPlanDbContext>(db => Configure(db, options.Provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string? connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                db.UseSqlServer(
                    connectionString ?? throw new InvalidOperationException("ConnectionStrings:AsoPlan is required for SqlServer."),
                    sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure());
                break;
            default:
                db.UseSqlite(
                    connectionString ?? DefaultSqliteConnectionString,
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }
}
