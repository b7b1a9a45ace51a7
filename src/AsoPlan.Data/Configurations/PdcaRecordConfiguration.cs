using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PdcaRecordConfiguration : IEntityTypeConfiguration<PdcaRecord>
{
    public void Configure(EntityTypeBuilder<PdcaRecord> builder)
    {
        builder.HasIndex(r => new { r.MeasureId, r.FiscalYear }).IsUnique();
        builder.HasIndex(r => new { r.FiscalYear, r.State });
        builder.Property(r => r.SelfRating).HasMaxLength(1);
        builder.Property(r => r.SelfRatingReason).HasMaxLength(PdcaWorkflow.MaxTextLength);
        builder.Property(r => r.DoText).HasMaxLength(PdcaWorkflow.MaxTextLength);
        builder.Property(r => r.ActionText).HasMaxLength(PdcaWorkflow.MaxTextLength);
        builder.Property(r => r.ReviewComment).HasMaxLength(PdcaWorkflow.MaxTextLength);
        builder.Property(r => r.CorrectionReason).HasMaxLength(PdcaWorkflow.MaxShortTextLength);
        builder.Property(r => r.CorrectionRequest).HasMaxLength(PdcaWorkflow.MaxShortTextLength);
        builder.Property(r => r.CorrectionRequestedBy).HasMaxLength(ModelLimits.UserName);
        builder.Ignore(r => r.IsCorrecting);

        // A Guid the context renews on every save (see AsoPlanDbContext), so the same token works
        // on SQLite and SQL Server without rowversion.
        builder.Property(r => r.Version).IsConcurrencyToken();

        // Entered data outlives any plan edit: a measure with records cannot be deleted.
        builder.HasOne(r => r.Measure).WithMany().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Values).WithOne(v => v.PdcaRecord).HasForeignKey(v => v.PdcaRecordId).OnDelete(DeleteBehavior.Cascade);

        // The projects' years travel with the record wherever it is loaded (saved, submitted, snapshotted, reviewed).
        builder.HasMany(r => r.Projects).WithOne(p => p.PdcaRecord).HasForeignKey(p => p.PdcaRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Projects).AutoInclude();
    }
}
