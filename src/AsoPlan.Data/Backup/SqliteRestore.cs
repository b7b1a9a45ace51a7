using Microsoft.Data.Sqlite;

namespace AsoPlan.Data.Backup;

/// <summary>
/// Puts a backup in place of the live SQLite database. The backup is first copied aside and checked
/// (a SQLite file, <c>PRAGMA integrity_check</c> = ok, an AsoPlan database whose migrations this app
/// knows); then the in-use marker and the live database are locked exclusively — which fails while the
/// app or anything else has it open — a copy of it is kept, and the backup is written into it with SQLite's backup API,
/// as one transaction: a crash part-way leaves the old database, never a mixture.
/// </summary>
public static class SqliteRestore
{
    private const string FirstMigrationSuffix = "_InitialCreate";

    public static RestoreResult Run(string backupPath, string databasePath, string safetyCopyPath, IReadOnlyCollection<string> knownMigrations)
    {
        ArgumentNullException.ThrowIfNull(backupPath);
        ArgumentNullException.ThrowIfNull(databasePath);
        ArgumentNullException.ThrowIfNull(safetyCopyPath);
        ArgumentNullException.ThrowIfNull(knownMigrations);
        if (!File.Exists(backupPath))
        {
            return RestoreResult.Failed($"ファイル {backupPath} が見つかりません。");
        }

        if (string.Equals(Path.GetFullPath(backupPath), Path.GetFullPath(databasePath), StringComparison.Ordinal))
        {
            return RestoreResult.Failed("復元するファイルが、いま使っているデータベースそのものです。バックアップ ファイルを指定してください。");
        }

        // A private copy: the check and the restore read the same bytes, whatever happens to the original meanwhile.
        var work = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, $".restore-{Guid.NewGuid():N}.db");
        try
        {
            File.Copy(backupPath, work);
            using var source = SqliteFiles.Open(work, SqliteOpenMode.ReadWrite);
            var problem = Check(source, knownMigrations, out var pending);
            if (problem is not null)
            {
                return RestoreResult.Failed(problem);
            }

            return Replace(source, databasePath, safetyCopyPath, pending);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            return RestoreResult.Failed($"{backupPath} は SQLite のデータベースとして読めません（壊れているか、別の種類のファイルです）。何も変更していません。");
        }
        catch (IOException e)
        {
            return RestoreResult.Failed($"ファイルを読み書きできませんでした（{e.Message}）。何も変更していません。");
        }
        catch (SqliteException e)
        {
            // The backup API writes the live database in one transaction: a failure part-way rolls it back.
            return RestoreResult.Failed($"復元できませんでした（SQLite: {e.Message}）。データベースは復元前のままです。");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(work);
            File.Delete(work + "-journal");
        }
    }

    /// <summary>Null when the file is a sound AsoPlan database this app can run on; else why not.</summary>
    private static string? Check(SqliteConnection source, IReadOnlyCollection<string> knownMigrations, out int pending)
    {
        pending = 0;
        var integrity = SqliteFiles.IntegrityCheck(source);
        if (!SqliteFiles.IsOk(integrity))
        {
            return $"バックアップが壊れています（integrity_check: {string.Join(" / ", integrity.Take(5))}）。別のバックアップを指定してください。何も変更していません。";
        }

        var applied = AppliedMigrations(source);
        if (applied is null || !applied.Any(m => m.EndsWith(FirstMigrationSuffix, StringComparison.Ordinal)))
        {
            return "このファイルは AsoPlan のデータベースではありません（マイグレーション履歴がありません）。何も変更していません。";
        }

        var unknown = applied.Except(knownMigrations, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return $"このバックアップは、このアプリより新しい版で作られています（このアプリが知らないマイグレーション: {string.Join(", ", unknown)}）。同じ版以降のアプリで復元してください。何も変更していません。";
        }

        pending = knownMigrations.Except(applied, StringComparer.Ordinal).Count();
        return null;
    }

    private static List<string>? AppliedMigrations(SqliteConnection connection)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
        if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory;";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static RestoreResult Replace(SqliteConnection source, string databasePath, string safetyCopyPath, int pending)
    {
        var inUse = $"データベース {databasePath} は使用中です（アプリが動いているか、別のプログラムが開いています）。アプリを停止してから、もう一度実行してください。何も変更していません。";
        using var marker = SqliteInUseMarker.TryHoldExclusively(databasePath);
        if (marker is null)
        {
            return RestoreResult.Failed(inUse);
        }

        var existed = File.Exists(databasePath) && new FileInfo(databasePath).Length > 0;
        using var live = SqliteFiles.Open(databasePath, SqliteOpenMode.ReadWriteCreate);
        try
        {
            // Exclusive locking mode keeps the lock after COMMIT until the connection closes, so nobody can
            // open the database between this check and the end of the restore.
            SqliteFiles.Execute(live, "PRAGMA busy_timeout = 1000; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 /* SQLITE_BUSY */ or 6 /* SQLITE_LOCKED */)
        {
            return RestoreResult.Failed(inUse);
        }

        string? safetyCopy = null;
        if (existed)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(safetyCopyPath))!);
            using (var copy = SqliteFiles.Open(safetyCopyPath, SqliteOpenMode.ReadWriteCreate))
            {
                live.BackupDatabase(copy);
                SqliteFiles.Execute(copy, "PRAGMA journal_mode = DELETE;");
            }

            safetyCopy = safetyCopyPath;
        }

        source.BackupDatabase(live);
        var integrity = SqliteFiles.IntegrityCheck(live);
        if (!SqliteFiles.IsOk(integrity))
        {
            return RestoreResult.Failed($"復元後の検査で問題が見つかりました（{string.Join(" / ", integrity.Take(5))}）。復元前のデータベースは {safetyCopy} にあります。");
        }

        return new RestoreResult(true, safetyCopy, pending, null);
    }
}

/// <summary>The outcome of a restore: where the replaced database was kept, and how many migrations the next start applies.</summary>
public sealed record RestoreResult(bool Succeeded, string? SafetyCopy, int PendingMigrations, string? Problem)
{
    public static RestoreResult Failed(string problem) => new(false, null, 0, problem);
}
