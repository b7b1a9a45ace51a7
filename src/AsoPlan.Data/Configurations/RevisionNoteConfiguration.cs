using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class RevisionNoteConfiguration : IEntityTypeConfiguration<RevisionNote>
{
    public void Configure(EntityTypeBuilder<RevisionNote> builder)
    {
        builder.Property(n => n.IndicatorCode).HasMaxLength(ModelLimits.Code);
        builder.Property(n => n.Summary).HasMaxLength(ModelLimits.Name);
        builder.Property(n => n.Detail).HasMaxLength(ModelLimits.Note);
        builder.Property(n => n.Reason).HasMaxLength(ModelLimits.Note);

        // A measure's notes go with it; the policy side restricts, so SQL Server has one cascade path
        // (policy → measure → note) and not two.
        builder.HasOne(n => n.Measure).WithMany().HasForeignKey(n => n.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Policy).WithMany().HasForeignKey(n => n.PolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.MeasureId, n.ChangedAt });
        builder.HasIndex(n => new { n.PolicyId, n.ChangedAt });
    }
}
