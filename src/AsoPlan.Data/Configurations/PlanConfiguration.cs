using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(ModelLimits.Code);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(ModelLimits.Name);
        builder.Property(p => p.VisionLead).HasMaxLength(ModelLimits.Title);
        builder.Property(p => p.Vision).HasMaxLength(ModelLimits.Title);
        builder.Property(p => p.PhilosophyClosing).HasMaxLength(ModelLimits.ShortName);
        builder.Property(p => p.PriorityThemeTitle).HasMaxLength(ModelLimits.Title);
        builder.Property(p => p.PriorityThemeCategory).HasMaxLength(ModelLimits.ShortName);

        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Challenges).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Periods).WithOne(p => p.Plan).HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
