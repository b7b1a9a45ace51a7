using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        // Measures are numbered 1–20 across their period (the loader checks the numbering of a whole period) and
        // addressed as /measures/{number} within the period shown; the next period numbers its measures anew.
        builder.HasIndex(m => new { m.PolicyId, m.Number }).IsUnique();
        builder.HasIndex(m => m.Number);
        builder.Property(m => m.Title).HasMaxLength(ModelLimits.Title);
        builder.Property(m => m.OwnerLabel).HasMaxLength(ModelLimits.Name);

        builder.HasMany(m => m.SdgGoals).WithOne(g => g.Measure).HasForeignKey(g => g.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Initiatives).WithOne(i => i.Measure).HasForeignKey(i => i.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Indicators).WithOne(i => i.Measure).HasForeignKey(i => i.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
