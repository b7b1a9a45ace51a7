using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class IndicatorYearTargetConfiguration : IEntityTypeConfiguration<IndicatorYearTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorYearTarget> builder)
    {
        builder.HasIndex(t => new { t.IndicatorId, t.FiscalYear }).IsUnique();
        builder.Property(t => t.Value).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        builder.HasOne(t => t.Indicator).WithMany(i => i.YearTargets).HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
