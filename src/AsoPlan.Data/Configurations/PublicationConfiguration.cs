using AsoPlan.Core.Publication;
using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.HasIndex(p => new { p.PdcaRecordId, p.Revision }).IsUnique();

        // Public reads ask for the current publication of each measure and year.
        builder.HasIndex(p => new { p.IsCurrent, p.MeasureId, p.FiscalYear });
        builder.Property(p => p.Reason).HasMaxLength(PdcaWorkflow.MaxShortTextLength);
        builder.Property(p => p.Notes).HasMaxLength(ModelLimits.PublicationNotes);

        // What was published outlives nothing it describes: a record with publications cannot be deleted.
        builder.HasOne(p => p.PdcaRecord).WithMany().HasForeignKey(p => p.PdcaRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Values).WithOne(v => v.Publication).HasForeignKey(v => v.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
