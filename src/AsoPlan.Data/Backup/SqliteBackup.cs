using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AsoPlan.Data.Backup;

/// <summary>
/// A consistent copy of the live SQLite database made with SQLite's online backup API, so the app may
/// keep running and writing (WAL) while it is taken; the copy includes what is still in the WAL file.
/// </summary>
public static class SqliteBackup
{
    public const string FilePrefix = "asoplan-";

    /// <summary>The file name for a backup taken at <paramref name="localTime"/>: asoplan-20261125-031205.db.</summary>
    public static string FileName(DateTimeOffset localTime) =>
        FilePrefix + localTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".db";

    /// <summary>
    /// Copies <paramref name="databasePath"/> to <paramref name="targetPath"/>. The copy is written under a
    /// temporary name, checked with <c>PRAGMA integrity_check</c>, switched to a single self-contained file
    /// (no WAL), and only then given its name, so a file with the final name is always a complete backup.
    /// </summary>
    public static BackupResult Create(string databasePath, string targetPath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        ArgumentNullException.ThrowIfNull(targetPath);
        if (!File.Exists(databasePath))
        {
            return BackupResult.Failed($"データベース ファイル {databasePath} がありません。接続文字列（ConnectionStrings:AsoPlan）を確かめてください。");
        }

        if (File.Exists(targetPath))
        {
            return BackupResult.Failed($"{targetPath} はすでにあります。上書きはしません。少し待ってからもう一度実行してください。");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(targetPath))!;
        Directory.CreateDirectory(folder);
        var partial = targetPath + ".partial";
        try
        {
            using (var source = SqliteFiles.Open(databasePath, SqliteOpenMode.ReadWrite))
            using (var target = SqliteFiles.Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(target);
                SqliteFiles.Execute(target, "PRAGMA journal_mode = DELETE;");
                var integrity = SqliteFiles.IntegrityCheck(target);
                if (!SqliteFiles.IsOk(integrity))
                {
                    return BackupResult.Failed($"バックアップの検査（integrity_check）で問題が見つかりました: {string.Join(" / ", integrity.Take(5))}");
                }
            }

            File.Move(partial, targetPath);
            return BackupResult.Done(targetPath);
        }
        catch (SqliteException e)
        {
            return BackupResult.Failed($"バックアップを作成できませんでした（SQLite: {e.Message}）。");
        }
        catch (IOException e)
        {
            return BackupResult.Failed($"バックアップ ファイルを書き込めませんでした（{e.Message}）。");
        }
        catch (UnauthorizedAccessException e)
        {
            return BackupResult.Failed($"バックアップ先に書き込む権限がありません（{e.Message}）。");
        }
        finally
        {
            File.Delete(partial);
        }
    }
}

public sealed record BackupResult(bool Succeeded, string? Path, string? Problem)
{
    public static BackupResult Done(string path) => new(true, path, null);

    public static BackupResult Failed(string problem) => new(false, null, problem);
}
