using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class ActualValueConfiguration : IEntityTypeConfiguration<ActualValue>
{
    public void Configure(EntityTypeBuilder<ActualValue> builder)
    {
        // A record is one measure and one fiscal year, so this is "one value per indicator and year".
        builder.HasIndex(v => new { v.PdcaRecordId, v.IndicatorId }).IsUnique();
        builder.Property(v => v.Value).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        builder.Property(v => v.NotAvailableReason).HasMaxLength(PdcaWorkflow.MaxShortTextLength);
        builder.Property(v => v.MeasurementNote).HasMaxLength(PdcaWorkflow.MaxShortTextLength);

        // Restrict: an indicator that has entered actuals is never deleted by a seed change.
        builder.HasOne(v => v.Indicator).WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
