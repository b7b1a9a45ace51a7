using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AsoPlan.Core.Audit;

namespace AsoPlan.Data.Audit;

/// <summary>
/// Adds audit rows to the same context as the change they describe, so the change and its
/// trail commit in one SaveChanges or not at all.
/// </summary>
public sealed class AuditTrail(AsoPlanDbContext db, TimeProvider clock)
{
    // Japanese text stays readable in the stored JSON instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public AuditEntry Record(string actor, string action, string entityType, string entityKey, object? before, object? after)
    {
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            Before = Snapshot(before),
            After = Snapshot(after),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public static string? Snapshot(object? value) =>
        value is null ? null : JsonSerializer.Serialize(value, value.GetType(), SnapshotJson);
}
