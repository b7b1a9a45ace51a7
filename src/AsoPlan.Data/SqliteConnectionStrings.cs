using Microsoft.Data.Sqlite;

namespace AsoPlan.Data;

/// <summary>Anchors a relative SQLite file (App_Data/asoplan.db) at the app's content root.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>
    /// Returns <paramref name="connectionString"/> with a relative Data Source made absolute under
    /// <paramref name="contentRoot"/>, and creates the file's folder so SQLite can create the file.
    /// </summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || source.Length == 0 || source == ":memory:")
        {
            return connectionString;
        }

        if (!Path.IsPathRooted(source))
        {
            source = Path.GetFullPath(Path.Combine(contentRoot, source));
            builder.DataSource = source;
        }

        var folder = Path.GetDirectoryName(source);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
