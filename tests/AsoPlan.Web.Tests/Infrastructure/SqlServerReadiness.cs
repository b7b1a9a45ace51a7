using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Infrastructure;

/// <summary>
/// Makes every integration test a SQL Server readiness test, although only SQLite runs here:
/// <list type="bullet">
/// <item>every LINQ query the app compiles is also compiled by the SQL Server provider (with the app's own
/// SQL Server configuration, no connection), and a query that SQL Server cannot translate fails the request;</item>
/// <item>the SQLite contexts run under an execution strategy that, like SQL Server's <c>EnableRetryOnFailure</c>,
/// reports that it retries, so an explicit transaction opened outside <c>CreateExecutionStrategy().ExecuteAsync</c>
/// throws here exactly as it would in production.</item>
/// </list>
/// </summary>
public static class SqlServerReadiness
{
    private static readonly ConcurrentDictionary<string, byte> Translated = new();

    /// <summary>How many distinct query shapes the SQL Server provider has compiled in this test run.</summary>
    public static int TranslatedCount => Translated.Count;

    public static IServiceCollection AddSqlServerReadinessChecks(this IServiceCollection services) =>
        services.ConfigureDbContext<AsoPlanDbContext>(db =>
        {
            db.AddInterceptors(TranslationCheck.Instance);
            new Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder(db)
                .ExecutionStrategy(dependencies => new RetryingLikeSqlServer(dependencies));
        });

    /// <summary>Compiles <paramref name="query"/> (an EF query expression over any AsoPlanDbContext) with the SQL Server provider.</summary>
    public static void Translate(Expression query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var sqlServer = SqlServerContext();
        var database = sqlServer.GetService<IDatabase>();
        var rooted = new SqlServerRoots(sqlServer).Visit(query);
        var resultType = QueryableElement(rooted.Type) is { } element ? typeof(IEnumerable<>).MakeGenericType(element) : rooted.Type;
        try
        {
            CompileQuery.MakeGenericMethod(resultType).Invoke(database, [rooted, false]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"SQL Server cannot translate this query: {e.InnerException.Message}\n{query}", e.InnerException);
        }

        Translated.TryAdd(query.ToString(), 0);
    }

    private static readonly MethodInfo CompileQuery = typeof(IDatabase).GetMethod(nameof(IDatabase.CompileQuery))!;

    private static readonly DbContextOptions<AsoPlanDbContext> SqlServerOptions = CreateSqlServerOptions();

    private static DbContextOptions<AsoPlanDbContext> CreateSqlServerOptions()
    {
        var builder = new DbContextOptionsBuilder<AsoPlanDbContext>();
        ServiceCollectionExtensions.Configure(builder, DatabaseProvider.SqlServer, "Server=sqlserver.invalid;Database=AsoPlan;Encrypt=True", AppContext.BaseDirectory);
        return builder.Options;
    }

    private static AsoPlanDbContext SqlServerContext() => new(SqlServerOptions);

    private static Type? QueryableElement(Type type) =>
        typeof(IQueryable).IsAssignableFrom(type)
            ? type.GetInterfaces().Append(type).First(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IQueryable<>)).GetGenericArguments()[0]
            : null;

    /// <summary>The SQLite model's query roots swapped for the SQL Server model's.</summary>
    private sealed class SqlServerRoots(AsoPlanDbContext sqlServer) : ExpressionVisitor
    {
        private readonly IAsyncQueryProvider provider = sqlServer.GetService<IAsyncQueryProvider>();

        protected override Expression VisitExtension(Expression node) => node is EntityQueryRootExpression root
            ? new EntityQueryRootExpression(provider, sqlServer.Model.FindEntityType(root.EntityType.Name)
                ?? throw new InvalidOperationException($"{root.EntityType.Name} is not in the SQL Server model."))
            : base.VisitExtension(node);
    }

    private sealed class TranslationCheck : IQueryExpressionInterceptor
    {
        public static readonly TranslationCheck Instance = new();

        public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
        {
            Translate(queryExpression);
            return queryExpression;
        }
    }

    /// <summary>Never retries, but says it would, so EF enforces what SQL Server's retrying strategy enforces.</summary>
    private sealed class RetryingLikeSqlServer(ExecutionStrategyDependencies dependencies)
        : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => false;
    }
}
