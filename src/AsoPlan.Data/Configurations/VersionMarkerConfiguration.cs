using AsoPlan.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class VersionMarkerConfiguration : IEntityTypeConfiguration<VersionMarker>
{
    public void Configure(EntityTypeBuilder<VersionMarker> builder)
    {
        builder.HasKey(m => m.Name);
        builder.Property(m => m.Name).HasMaxLength(ModelLimits.Code);

        // The row exists from the migration on, so a save only ever updates it (no read, no insert race).
        builder.HasData(new VersionMarker { Name = VersionMarker.PlanProgress, Version = Guid.Empty });
    }
}
