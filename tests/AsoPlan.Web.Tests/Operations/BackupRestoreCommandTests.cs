using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AsoPlan.Web.Tests.Operations;

/// <summary><c>backup</c> and <c>restore</c> run as the real entry point on a real database file, with the app running beside them.</summary>
public sealed class BackupRestoreCommandTests : IAsyncLifetime
{
    private readonly List<string> folders = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var folder in folders)
        {
            PortalFactory.DeleteDirectory(folder);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_backup_taken_while_the_app_writes_restores_exactly_that_state_once_the_app_is_stopped()
    {
        var app = Start();
        var before = TestAccounts.NewEmail("before-backup");
        await TestAccounts.CreateAsync(app, before);
        var folder = Path.Combine(app.Directory, "nightly");

        // The app keeps saving while the backup is taken.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                await TestAccounts.CreateAsync(app, TestAccounts.NewEmail("during-backup"));
                written++;
            }

            return written;
        });
        var backup = await CommandProcess.RunAsync(app, null, "backup", folder);
        await stop.CancelAsync();
        Assert.True(await writer > 0, "nothing was written while the backup ran");

        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.Contains("バックアップを作成しました", backup.Output, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Matches(@"asoplan-\d{8}-\d{6}\.db$", file);
        Assert.Equal(["ok"], Query(file, "PRAGMA integrity_check;"));
        Assert.Equal("1", Users(file, before));
        Assert.False(File.Exists(file + "-wal"), "a backup is one self-contained file");

        var after = TestAccounts.NewEmail("after-backup");
        await TestAccounts.CreateAsync(app, after);
        using (var client = app.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        }

        var whileRunning = await CommandProcess.RunAsync(app, null, "restore", file);
        Assert.True(whileRunning.ExitCode == 1, whileRunning.ToString());
        Assert.Contains("使用中です", whileRunning.Error, StringComparison.Ordinal);
        Assert.Contains("アプリを停止してから", whileRunning.Error, StringComparison.Ordinal);
        Assert.NotNull(await TestAccounts.FindAsync(app, after));

        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        var restore = await CommandProcess.RunAsync(app, null, "restore", file);

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains("復元しました", restore.Output, StringComparison.Ordinal);
        Assert.Equal(["ok"], Query(app.DatabasePath, "PRAGMA integrity_check;"));
        Assert.Equal("1", Users(app.DatabasePath, before));
        Assert.Equal("0", Users(app.DatabasePath, after));
        var safetyCopy = Assert.Single(Directory.GetFiles(Path.Combine(app.Directory, "backups"), "before-restore-*.db"));
        Assert.Equal("1", Users(safetyCopy, after));

        // The app starts on the restored database and the restored account signs in.
        await using var restarted = new PortalFactory(app.Directory);
        using var again = restarted.CreateClient(new() { AllowAutoRedirect = false });
        await again.SignInAsync(before);
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_sound_AsoPlan_database_and_changes_nothing()
    {
        var app = Start();
        var backupFolder = Path.Combine(app.Directory, "b");
        Assert.Equal(0, (await CommandProcess.RunAsync(app, null, "backup", backupFolder)).ExitCode);
        var good = Directory.GetFiles(backupFolder).Single();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        var liveBefore = Fingerprint(app.DatabasePath);

        var text = Path.Combine(app.Directory, "notes.db");
        await File.WriteAllTextAsync(text, "これはデータベースではありません。");
        var foreign = Path.Combine(app.Directory, "foreign.db");
        Execute(foreign, "CREATE TABLE Things (Id INTEGER PRIMARY KEY); INSERT INTO Things VALUES (1);");
        var future = Path.Combine(app.Directory, "future.db");
        File.Copy(good, future);
        Execute(future, "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0');");
        var corrupt = Path.Combine(app.Directory, "corrupt.db");
        File.Copy(good, corrupt);
        Corrupt(corrupt);

        var cases = new Dictionary<string, string>
        {
            [Path.Combine(app.Directory, "missing.db")] = "が見つかりません",
            [text] = "SQLite のデータベースとして読めません",
            [foreign] = "AsoPlan のデータベースではありません",
            [future] = "このアプリより新しい版で作られています",
            [corrupt] = "壊れて",
        };
        foreach (var (file, message) in cases)
        {
            var run = await CommandProcess.RunAsync(app, null, "restore", file);
            Assert.True(run.ExitCode == 1, $"{Path.GetFileName(file)}: {run}");
            Assert.Contains(message, run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(liveBefore, Fingerprint(app.DatabasePath));
        Assert.False(Directory.Exists(Path.Combine(app.Directory, "backups")), "a refused restore keeps no safety copy: nothing was replaced");
    }

    [Fact]
    public async Task Backup_and_restore_send_SQL_Server_users_to_the_server_backups()
    {
        var app = new PortalFactory();
        folders.Add(app.Directory);
        var sqlServer = new Dictionary<string, string>
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__AsoPlan"] = "Server=tcp:127.0.0.1,1;Database=AsoPlan;User ID=x;Password=y;Connect Timeout=1",
        };

        foreach (var args in new[] { new[] { "backup" }, ["restore", "x.db"] })
        {
            var run = await CommandProcess.RunWithAsync(app, sqlServer, null, args);
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("SQL Server では、サーバーのバックアップ", run.Error, StringComparison.Ordinal);
        }
    }

    private PortalFactory Start()
    {
        var app = new PortalFactory();
        folders.Add(app.Directory);
        _ = app.Server;
        return app;
    }

    private static string Users(string file, string email) =>
        Query(file, $"SELECT count(*) FROM AspNetUsers WHERE NormalizedEmail = '{email.ToUpperInvariant()}';").Single();

    private static List<string> Query(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }

    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Overwrites pages in the middle of the file, as a failing disk would.</summary>
    private static void Corrupt(string file)
    {
        using var stream = File.OpenWrite(file);
        var garbage = new byte[4096 * 8];
        new Random(7).NextBytes(garbage);
        stream.Seek(4096 * 3, SeekOrigin.Begin);
        stream.Write(garbage);
    }

    /// <summary>The database's bytes and whether it has WAL companions: equal before and after means untouched.</summary>
    private static string Fingerprint(string file) =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))) + File.Exists(file + "-wal") + File.Exists(file + "-shm");
}
