using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AsoPlan.Data.Tests;

public class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var database = TestDatabase.Create();
        using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: dotnet ef migrations add <Name> in AsoPlan.Data.Migrations.Sqlite.");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = SqlServerModel.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: dotnet ef migrations add <Name> in AsoPlan.Data.Migrations.SqlServer.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var database = TestDatabase.Create();
        using var sqlite = database.CreateContext();
        using var sqlServer = SqlServerModel.CreateContext();

        static IEnumerable<string> Names(AsoPlanDbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void SqlServer_idempotent_script_parses_without_errors()
    {
        using var db = SqlServerModel.CreateContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql180Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        Assert.Contains("CREATE TABLE [PdcaRecords]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_page_query_translates_on_SqlServer()
    {
        using var db = SqlServerModel.CreateContext();
        var query = db.Indicators.AsNoTracking()
            .Where(i => i.Measure!.Number == 13 || i.Name.Contains("宿泊"))
            .OrderBy(i => i.SortOrder)
            .Select(i => new
            {
                i.Code,
                i.Name,
                i.Unit,
                i.BaselineValue,
                i.TargetValue,
                Actuals = db.ActualValues
                    .Where(v => v.IndicatorId == i.Id && v.PdcaRecord!.State == RecordState.Approved)
                    .Select(v => new { v.PdcaRecord!.FiscalYear, v.Value })
                    .ToList(),
            });

        var sql = query.ToQueryString();

        Assert.Contains("[Indicators]", sql, StringComparison.Ordinal);
        Assert.Contains("[PdcaRecords]", sql, StringComparison.Ordinal);
        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
    }
}
