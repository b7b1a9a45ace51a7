using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AsoPlan.Data.Migrations.SqlServer;

/// <summary>
/// Lets dotnet-ef build the SQL Server model with this project as its own startup project. The
/// connection string is never opened by <c>migrations add</c> or <c>migrations script</c>.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AsoPlanDbContext>
{
    public AsoPlanDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AsoPlanDbContext>();
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__AsoPlan")
            ?? "Server=(local);Database=AsoPlan;Integrated Security=true;TrustServerCertificate=true";
        ServiceCollectionExtensions.Configure(builder, DatabaseProvider.SqlServer, connectionString, AppContext.BaseDirectory);
        return new AsoPlanDbContext(builder.Options);
    }
}
