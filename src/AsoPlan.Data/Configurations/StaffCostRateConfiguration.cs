using AsoPlan.Core.Budget;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class StaffCostRateConfiguration : IEntityTypeConfiguration<StaffCostRate>
{
    public void Configure(EntityTypeBuilder<StaffCostRate> builder)
    {
        builder.HasIndex(r => r.FiscalYear).IsUnique();
        builder.Property(r => r.UnitCost).HasPrecision(18, 0);
        builder.Property(r => r.ChangedBy).HasMaxLength(ModelLimits.UserName);
    }
}
