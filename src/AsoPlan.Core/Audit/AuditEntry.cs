namespace AsoPlan.Core.Audit;

/// <summary>
/// One change to an actual, a PDCA record, a state, a target or an account: who, when, what,
/// before and after. Rows are only ever added.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The account that made the change (user name, not a display name that may change).</summary>
    public required string Actor { get; set; }

    /// <summary>What happened, e.g. <c>record.save</c>, <c>record.approve</c>, <c>account.create</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The kind of thing changed, e.g. <c>PdcaRecord</c>, <c>AppUser</c>, <c>EntryWindow</c>.</summary>
    public required string EntityType { get; set; }

    /// <summary>A stable key of the changed thing, e.g. <c>M13/2021</c> or a user name.</summary>
    public required string EntityKey { get; set; }

    /// <summary>JSON of the relevant fields before the change; null when it was created.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the relevant fields after the change; null when it was deleted.</summary>
    public string? After { get; set; }
}
