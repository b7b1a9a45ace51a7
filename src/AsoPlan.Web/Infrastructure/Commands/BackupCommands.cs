using AsoPlan.Data;
using AsoPlan.Data.Backup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Infrastructure.Commands;

/// <summary>
/// <c>backup [FOLDER]</c>: a consistent copy of the embedded SQLite database, safe while the app runs.
/// <c>restore FILE</c>: checks a backup and puts it in place of the database (the app must be stopped).
/// Neither migrates or seeds: they work on the files as they are.
/// </summary>
public static class BackupCommands
{
    public const string BackupName = "backup";

    public const string RestoreName = "restore";

    /// <summary>Where backups go when no folder is given: beside the database, in <c>backups/</c>.</summary>
    public const string DefaultFolderName = "backups";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var restore = args[0] == RestoreName;
        if (restore ? args.Count != 2 || string.IsNullOrWhiteSpace(args[1]) : args.Count > 2)
        {
            console.Error.WriteLine(restore
                ? "使い方: dotnet run --project src/AsoPlan.Web -- restore バックアップ.db"
                : "使い方: dotnet run --project src/AsoPlan.Web -- backup [保存先フォルダー]");
            return CommandLine.UsageError;
        }

        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            console.Error.WriteLine("backup / restore は組み込みの SQLite 用です。SQL Server では、サーバーのバックアップ（完全バックアップとログ バックアップ）を使ってください（docs/operations.md）。");
            return CommandLine.Failure;
        }

        var db = scope.ServiceProvider.GetRequiredService<AsoPlanDbContext>();
        var databasePath = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetLocalNow();
        var defaultFolder = Path.Combine(Path.GetDirectoryName(databasePath)!, DefaultFolderName);
        return restore
            ? Restore(args[1], databasePath, defaultFolder, db.Database.GetMigrations().ToList(), now, console)
            : Backup(databasePath, args.Count == 2 ? args[1] : defaultFolder, now, console);
    }

    private static int Backup(string databasePath, string folder, DateTimeOffset now, CommandConsole console)
    {
        var result = SqliteBackup.Create(databasePath, Path.Combine(Path.GetFullPath(folder), SqliteBackup.FileName(now)));
        if (!result.Succeeded)
        {
            console.Error.WriteLine(result.Problem);
            return CommandLine.Failure;
        }

        console.Out.WriteLine($"バックアップを作成しました: {result.Path}（{new FileInfo(result.Path!).Length / 1024:N0} KB、integrity_check: ok）");
        return CommandLine.Success;
    }

    private static int Restore(string backupPath, string databasePath, string backupFolder, List<string> knownMigrations, DateTimeOffset now, CommandConsole console)
    {
        var safetyCopy = Path.Combine(backupFolder, "before-restore-" + SqliteBackup.FileName(now));
        var result = SqliteRestore.Run(Path.GetFullPath(backupPath), databasePath, safetyCopy, knownMigrations);
        if (!result.Succeeded)
        {
            console.Error.WriteLine(result.Problem);
            return CommandLine.Failure;
        }

        console.Out.WriteLine($"{backupPath} を {databasePath} に復元しました。");
        if (result.SafetyCopy is not null)
        {
            console.Out.WriteLine($"復元前のデータベースは {result.SafetyCopy} に残してあります。");
        }

        if (result.PendingMigrations > 0)
        {
            console.Out.WriteLine($"このバックアップは古い版のものです。次にアプリを起動すると、足りないマイグレーション {result.PendingMigrations} 件が適用されます。");
        }

        console.Out.WriteLine("アプリを起動してください。");
        return CommandLine.Success;
    }
}
