using AsoPlan.Core.ExternalReview;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class ReviewerFindingConfiguration : IEntityTypeConfiguration<ReviewerFinding>
{
    public void Configure(EntityTypeBuilder<ReviewerFinding> builder)
    {
        builder.HasIndex(f => new { f.FiscalYear, f.MeasureId, f.Reviewer }).IsUnique();
        builder.Property(f => f.Reviewer).HasMaxLength(ModelLimits.UserName);
        builder.HasOne(f => f.Measure).WithMany().HasForeignKey(f => f.MeasureId).OnDelete(DeleteBehavior.Restrict);
    }
}
