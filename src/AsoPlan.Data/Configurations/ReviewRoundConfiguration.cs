using AsoPlan.Core.ExternalReview;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class ReviewRoundConfiguration : IEntityTypeConfiguration<ReviewRound>
{
    public void Configure(EntityTypeBuilder<ReviewRound> builder)
    {
        builder.Ignore(r => r.Status);
        builder.HasIndex(r => r.FiscalYear).IsUnique();
        builder.Property(r => r.ChangedBy).HasMaxLength(ModelLimits.UserName);
    }
}
