namespace AsoPlan.Data.Seeding;

/// <summary>Rows the import added, changed and removed; all zero when the database already matched the seed.</summary>
public sealed record SeedImportSummary(int Added, int Updated, int Deleted)
{
    public bool Unchanged => Added == 0 && Updated == 0 && Deleted == 0;
}
