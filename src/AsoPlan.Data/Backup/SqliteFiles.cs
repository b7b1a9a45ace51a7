using Microsoft.Data.Sqlite;

namespace AsoPlan.Data.Backup;

/// <summary>Connections for the backup and restore commands: unpooled, so no file stays open after a command.</summary>
internal static class SqliteFiles
{
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout = {SqlitePragmaInterceptor.BusyTimeoutMilliseconds};");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The rows of <c>PRAGMA integrity_check</c>: exactly "ok" for a sound file.</summary>
    public static List<string> IntegrityCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public static bool IsOk(IReadOnlyList<string> integrity) => integrity is ["ok"];
}
