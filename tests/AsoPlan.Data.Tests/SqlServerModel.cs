using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

/// <summary>A context configured for SQL Server; never opens a connection, so no server is needed.</summary>
internal static class SqlServerModel
{
    public static AsoPlanDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<AsoPlanDbContext>();
        ServiceCollectionExtensions.Configure(
            builder,
            DatabaseProvider.SqlServer,
            "Server=unused.invalid;Database=AsoPlan;Integrated Security=true;TrustServerCertificate=true",
            AppContext.BaseDirectory);
        return new AsoPlanDbContext(builder.Options);
    }
}
