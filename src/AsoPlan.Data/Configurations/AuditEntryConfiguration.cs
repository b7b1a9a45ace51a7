using AsoPlan.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(ModelLimits.UserName);
        builder.Property(a => a.Action).HasMaxLength(ModelLimits.ShortName);
        builder.Property(a => a.EntityType).HasMaxLength(ModelLimits.ShortName);
        builder.Property(a => a.EntityKey).HasMaxLength(ModelLimits.Name);

        // The trail is read newest first, overall or for one thing.
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
    }
}
