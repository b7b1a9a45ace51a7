using AsoPlan.Core.Publication;
using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PublishedValueConfiguration : IEntityTypeConfiguration<PublishedValue>
{
    public void Configure(EntityTypeBuilder<PublishedValue> builder)
    {
        builder.HasIndex(v => new { v.PublicationId, v.IndicatorId }).IsUnique();
        builder.HasIndex(v => v.IndicatorId);
        builder.Property(v => v.NotAvailableReason).HasMaxLength(PdcaWorkflow.MaxShortTextLength);
        builder.Property(v => v.Explanation).HasMaxLength(ModelLimits.Note);
        foreach (var number in new[] { nameof(PublishedValue.Value), nameof(PublishedValue.TargetUsed), nameof(PublishedValue.ExpectedValue), nameof(PublishedValue.Margin) })
        {
            builder.Property(number).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        }

        // Shares keep the engine's exactness, so the published evaluation reads back as it was computed.
        foreach (var share in new[] { nameof(PublishedValue.ExpectedProgress), nameof(PublishedValue.ProgressRate), nameof(PublishedValue.ShareOfPath) })
        {
            builder.Property(share).HasPrecision(ModelLimits.SharePrecision, ModelLimits.ShareScale);
        }

        // Restrict: an indicator with published values is never deleted.
        builder.HasOne(v => v.Indicator).WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
