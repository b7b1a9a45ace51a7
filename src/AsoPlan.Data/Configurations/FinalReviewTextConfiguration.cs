using AsoPlan.Core.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class FinalReviewTextConfiguration : IEntityTypeConfiguration<FinalReviewText>
{
    public void Configure(EntityTypeBuilder<FinalReviewText> builder)
    {
        // One text per measure of a period, and one (MeasureId null) for the whole period; the service keeps the latter single.
        builder.HasIndex(t => new { t.PlanPeriodId, t.MeasureId }).IsUnique();
        builder.Property(t => t.DraftResults).HasMaxLength(FinalReviewTexts.MaxLength);
        builder.Property(t => t.DraftIssues).HasMaxLength(FinalReviewTexts.MaxLength);
        builder.Property(t => t.Results).HasMaxLength(FinalReviewTexts.MaxLength);
        builder.Property(t => t.Issues).HasMaxLength(FinalReviewTexts.MaxLength);
        builder.Property(t => t.UpdatedBy).HasMaxLength(ModelLimits.UserName);
        builder.Property(t => t.ApprovedBy).HasMaxLength(ModelLimits.UserName);

        // Restrict: a period's measures already cascade to their texts, and SQL Server refuses two cascade paths.
        builder.HasOne(t => t.PlanPeriod).WithMany().HasForeignKey(t => t.PlanPeriodId).OnDelete(DeleteBehavior.Restrict);

        // A plan load may remove a measure; its final review words go with it rather than block the load.
        builder.HasOne(t => t.Measure).WithMany().HasForeignKey(t => t.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
