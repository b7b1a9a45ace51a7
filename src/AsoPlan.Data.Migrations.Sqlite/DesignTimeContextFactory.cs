using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AsoPlan.Data.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the SQLite model with this project as its own startup project.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AsoPlanDbContext>
{
    public AsoPlanDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AsoPlanDbContext>();
        ServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design-time.db", Path.GetTempPath());
        return new AsoPlanDbContext(builder.Options);
    }
}
