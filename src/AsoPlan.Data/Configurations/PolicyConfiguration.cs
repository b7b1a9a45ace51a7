using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.HasIndex(p => new { p.PlanPeriodId, p.Number }).IsUnique();
        builder.Property(p => p.ShortName).HasMaxLength(ModelLimits.ShortName);
        builder.Property(p => p.Title).HasMaxLength(ModelLimits.Title);
        builder.Property(p => p.Subtitle).HasMaxLength(ModelLimits.Title);

        builder.HasOne(p => p.Department).WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PolicyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.IndividualPlans).WithOne().HasForeignKey(i => i.PolicyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Measures).WithOne(m => m.Policy).HasForeignKey(m => m.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }
}
