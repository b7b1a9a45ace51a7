namespace AsoPlan.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder holding plan.json; relative paths resolve against the app's base directory.</summary>
    public string SeedDirectory { get; set; } = "seeds";
}

public enum DatabaseProvider
{
    Sqlite = 1,
    SqlServer = 2,
}
