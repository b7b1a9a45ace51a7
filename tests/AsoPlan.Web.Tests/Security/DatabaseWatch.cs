using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// Tells whether anything was committed to the app's database since the last look (<c>PRAGMA data_version</c>
/// on a connection of its own), and if so which tables' contents differ. An account's failed-check count
/// (<c>AspNetUsers.AccessFailedCount</c>, and the concurrency stamp Identity renews with it) is left out: a wrong
/// current password is refused and counted on purpose, as a failed sign-in is; a lockout it caused would still
/// show (<c>LockoutEnd</c>), as would any other change to the account.
/// </summary>
public sealed class DatabaseWatch : IDisposable
{
    private readonly SqliteConnection connection;
    private long version;
    private Dictionary<string, string> tables;

    public DatabaseWatch(string databasePath)
    {
        connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        version = DataVersion();
        tables = Snapshot();
    }

    /// <summary>The tables whose rows changed since the last call (empty when nothing was committed); moves the baseline on.</summary>
    public List<string> ChangedTables()
    {
        var now = DataVersion();
        if (now == version)
        {
            return [];
        }

        version = now;
        var snapshot = Snapshot();
        var changed = snapshot.Keys.Union(tables.Keys).Where(t => snapshot.GetValueOrDefault(t) != tables.GetValueOrDefault(t)).ToList();
        tables = snapshot;
        return changed;
    }

    public void Dispose() => connection.Dispose();

    private long DataVersion()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return (long)command.ExecuteScalar()!;
    }

    private static string Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? "\u0001null" : reader.GetValue(column) switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Every table's rows, hashed.</summary>
    private Dictionary<string, string> Snapshot()
    {
        var names = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var result = new Dictionary<string, string>();
        foreach (var name in names)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{name}\" ORDER BY rowid;";
            using var reader = select.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (name == "AspNetUsers" && reader.GetName(i) is "AccessFailedCount" or "ConcurrencyStamp")
                    {
                        continue;
                    }

                    hash.AppendData(Encoding.UTF8.GetBytes(Text(reader, i) + "\u0000"));
                }
            }

            result[name] = Convert.ToHexString(hash.GetHashAndReset());
        }

        return result;
    }
}
