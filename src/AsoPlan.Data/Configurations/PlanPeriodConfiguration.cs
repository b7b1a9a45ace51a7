using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PlanPeriodConfiguration : IEntityTypeConfiguration<PlanPeriod>
{
    public void Configure(EntityTypeBuilder<PlanPeriod> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(ModelLimits.Code);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(ModelLimits.Name);
        builder.Property(p => p.ClosedBy).HasMaxLength(ModelLimits.UserName);
        builder.Property(p => p.ClosedReason).HasMaxLength(Core.Periods.PeriodClosing.MaxReasonLength);
        builder.Property(p => p.ReopenedBy).HasMaxLength(ModelLimits.UserName);
        builder.Property(p => p.ReopenedReason).HasMaxLength(Core.Periods.PeriodClosing.MaxReasonLength);

        builder.HasMany(p => p.Policies).WithOne(p => p.PlanPeriod).HasForeignKey(p => p.PlanPeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}
