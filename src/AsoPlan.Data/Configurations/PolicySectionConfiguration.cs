using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PolicySectionConfiguration : IEntityTypeConfiguration<PolicySection>
{
    public void Configure(EntityTypeBuilder<PolicySection> builder)
    {
        builder.HasIndex(s => new { s.PolicyId, s.SortOrder }).IsUnique();
        builder.Property(s => s.Heading).HasMaxLength(ModelLimits.Title);
    }
}
