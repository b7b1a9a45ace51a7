using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AsoPlan.Data;

/// <summary>
/// Every stored timestamp is UTC. SQLite hands DateTime back without a kind, so reads are marked UTC
/// (pages can then convert to Japan time correctly); a local time is converted before it is stored.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
