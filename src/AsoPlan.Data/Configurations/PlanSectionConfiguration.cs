using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(ModelLimits.Code);
        builder.HasIndex(s => new { s.PlanId, s.Key }).IsUnique();
        builder.Property(s => s.Heading).HasMaxLength(ModelLimits.Title);
    }
}
