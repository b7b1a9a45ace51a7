using AsoPlan.Core.Plan;
using AsoPlan.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        // The claim: a second sender of the same reminder fails here instead of mailing twice.
        builder.HasIndex(d => new { d.FiscalYear, d.SectionId, d.Kind, d.Occasion }).IsUnique();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(ModelLimits.Code);
        builder.Property(d => d.Occasion).HasMaxLength(ModelLimits.Code);
        builder.HasOne<Section>().WithMany().HasForeignKey(d => d.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
