using AsoPlan.Core.ExternalReview;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class CommitteeFindingConfiguration : IEntityTypeConfiguration<CommitteeFinding>
{
    public void Configure(EntityTypeBuilder<CommitteeFinding> builder)
    {
        builder.Ignore(f => f.Content);
        builder.HasIndex(f => new { f.FiscalYear, f.MeasureId }).IsUnique();
        builder.Property(f => f.ChangedBy).HasMaxLength(ModelLimits.UserName);
        builder.Property(f => f.CorrectionNotes).HasMaxLength(ModelLimits.PublicationNotes);
        builder.HasOne(f => f.Measure).WithMany().HasForeignKey(f => f.MeasureId).OnDelete(DeleteBehavior.Restrict);
    }
}
