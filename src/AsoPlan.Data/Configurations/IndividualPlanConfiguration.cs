using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class IndividualPlanConfiguration : IEntityTypeConfiguration<IndividualPlan>
{
    public void Configure(EntityTypeBuilder<IndividualPlan> builder)
    {
        builder.HasIndex(i => new { i.PolicyId, i.SortOrder }).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(ModelLimits.Title);
        builder.Property(i => i.SectionName).HasMaxLength(ModelLimits.Name);
        builder.Property(i => i.PeriodText).HasMaxLength(ModelLimits.CellText);
    }
}
