using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(ModelLimits.Code);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(ModelLimits.Name);
        builder.Property(s => s.ContactPhone).HasMaxLength(ModelLimits.Phone);
        builder.Property(s => s.ContactEmail).HasMaxLength(ModelLimits.UserName);
        builder.Property(s => s.ContactOffice).HasMaxLength(ModelLimits.Name);
        builder.Ignore(s => s.HasContact);

        builder.HasMany(s => s.Measures).WithOne(m => m.OwnerSection).HasForeignKey(m => m.OwnerSectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
