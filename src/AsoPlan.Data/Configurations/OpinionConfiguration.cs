using AsoPlan.Core.Voice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.Ignore(o => o.Receipt);
        builder.HasIndex(o => new { o.ReceiptYear, o.ReceiptSequence }).IsUnique();
        builder.Property(o => o.ReceiptCheck).HasMaxLength(ReceiptNumber.CheckLength);
        builder.Property(o => o.AgeGroup).HasMaxLength(ModelLimits.Code);
        builder.Property(o => o.District).HasMaxLength(ModelLimits.Code);
        builder.Property(o => o.SenderName).HasMaxLength(OpinionSubmissionRules.MaxNameLength);
        builder.Property(o => o.Fingerprint).HasMaxLength(64);
        builder.Property(o => o.NotPublishedNote).HasMaxLength(ModelLimits.Note);
        builder.Property(o => o.ReplyReturnComment).HasMaxLength(ModelLimits.Note);
        builder.Property(o => o.Version).IsConcurrencyToken();

        // Duplicate detection looks up the same text on the same measure in the last 30 days.
        builder.HasIndex(o => new { o.MeasureId, o.Fingerprint, o.ReceivedAt });

        // The public pages and the queue read by state, newest first.
        builder.HasIndex(o => new { o.State, o.PublishedAt });
        builder.HasIndex(o => o.AssignedSectionId);

        builder.HasOne(o => o.Measure).WithMany().HasForeignKey(o => o.MeasureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.AssignedSection).WithMany().HasForeignKey(o => o.AssignedSectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Opinion>().WithMany().HasForeignKey(o => o.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
    }
}
