using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

/// <summary>
/// ASP.NET Core's Data Protection key ring, one row per key. The XML holds the key material itself
/// (not encrypted at rest: docs/security.md), so it stays unbounded; the friendly name is <c>key-{guid}</c>.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(ModelLimits.Name);
    }
}
