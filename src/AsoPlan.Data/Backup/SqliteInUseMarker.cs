using Microsoft.Data.Sqlite;

namespace AsoPlan.Data.Backup;

/// <summary>
/// While the app runs it holds a shared lock on <c>asoplan.db.inuse</c> beside the database; <c>restore</c>
/// takes the same lock exclusively, so it refuses while any instance runs and an instance cannot start
/// mid-restore. SQLite's own locks cannot tell: an idle pooled connection holds none.
/// The OS drops the lock when the process ends, however it ends.
/// </summary>
public sealed class SqliteInUseMarker : IDisposable
{
    private FileStream? held;

    public static string MarkerPath(string databasePath) => databasePath + ".inuse";

    /// <summary>The database file of a SQLite connection string, or null for an in-memory database.</summary>
    public static string? DatabaseFile(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>Marks the database as in use by this process until it is disposed (i.e. until the host stops).</summary>
    public void Hold(string databasePath)
    {
        if (held is not null)
        {
            return;
        }

        try
        {
            // Read access makes .NET take a shared flock, so several instances may hold it at once.
            held = new FileStream(MarkerPath(databasePath), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"The database {databasePath} is being restored (restore command); start the app when the restore has finished.", e);
        }
    }

    /// <summary>The exclusive hold <c>restore</c> keeps while it works; null while anyone else holds the marker.</summary>
    public static FileStream? TryHoldExclusively(string databasePath)
    {
        try
        {
            return new FileStream(MarkerPath(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => held?.Dispose();
}
