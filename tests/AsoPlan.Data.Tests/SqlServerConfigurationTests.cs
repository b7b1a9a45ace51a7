using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests;

/// <summary>The SQL Server configuration the app really uses (<see cref="ServiceCollectionExtensions.Configure"/>), without a server.</summary>
public class SqlServerConfigurationTests
{
    [Fact]
    public void SqlServer_retries_transient_failures()
    {
        using var db = SqlServerModel.CreateContext();

        var strategy = db.Database.CreateExecutionStrategy();

        Assert.IsType<SqlServerRetryingExecutionStrategy>(strategy);
        Assert.True(strategy.RetriesOnFailure);
    }

    [Fact]
    public void Sqlite_does_not_retry()
    {
        using var database = TestDatabase.Create();
        using var db = database.CreateContext();

        Assert.False(db.Database.CreateExecutionStrategy().RetriesOnFailure);
    }
}
