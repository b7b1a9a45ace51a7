using AsoPlan.Data;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests;

/// <summary>
/// The checks <see cref="SqlServerReadiness"/> adds to every integration test are real: they catch what
/// would break only on SQL Server. (The suite as a whole is the coverage; these show the checks can fail.)
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class SqlServerReadinessTests(PortalFixture portal)
{
    [Fact]
    public async Task A_query_SQL_Server_cannot_translate_fails_although_SQLite_could_run_it()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();

        // GLOB is SQLite's own operator; the SQL Server provider has no translation for it.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.Indicators.Where(i => EF.Functions.Glob(i.Name, "*人口*")).Select(i => i.Code).ToListAsync());

        Assert.StartsWith("SQL Server cannot translate this query", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_query_shape_without_provider_functions_translates()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();

        var codes = await db.Indicators.Where(i => i.Name.Contains("人口")).Select(i => i.Code).ToListAsync();

        Assert.NotEmpty(codes);
        Assert.True(SqlServerReadiness.TranslatedCount > 0);
    }

    [Fact]
    public async Task A_transaction_opened_outside_the_execution_strategy_is_refused_as_SQL_Server_retries_would_refuse_it()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();

        await using var transaction = await db.Database.BeginTransactionAsync();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Sections.CountAsync());

        Assert.Contains("does not support user-initiated transactions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_inside_the_execution_strategy_commits()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();

        var count = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var sections = await db.Sections.CountAsync();
            await transaction.CommitAsync();
            return sections;
        });

        Assert.True(count > 0);
    }
}
