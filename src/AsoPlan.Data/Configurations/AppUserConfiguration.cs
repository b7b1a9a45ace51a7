using AsoPlan.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ModelLimits.Name);
        builder.HasOne(u => u.Section).WithMany().HasForeignKey(u => u.SectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
