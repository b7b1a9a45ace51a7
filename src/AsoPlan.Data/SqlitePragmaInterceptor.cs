using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AsoPlan.Data;

/// <summary>
/// Runs on every SQLite connection the context opens: WAL lets public readers go on while staff
/// save, and the busy timeout makes a writer wait for another writer instead of failing at once.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    private static readonly string Pragmas = $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";

    public static readonly SqlitePragmaInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
