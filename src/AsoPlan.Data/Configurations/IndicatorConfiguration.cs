using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(ModelLimits.Code);
        // Codes (M04-I02) carry their measure's number, so they repeat in the next period: unique within the measure.
        builder.HasIndex(i => new { i.MeasureId, i.Code }).IsUnique();
        builder.HasIndex(i => i.Code);
        builder.Property(i => i.RowName).HasMaxLength(ModelLimits.Title);
        builder.Property(i => i.Name).HasMaxLength(ModelLimits.Title);
        builder.Property(i => i.Unit).HasMaxLength(ModelLimits.Unit);
        builder.Property(i => i.BaselineValue).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        builder.Property(i => i.BaselineText).HasMaxLength(ModelLimits.CellText);
        builder.Property(i => i.BaselineNote).HasMaxLength(ModelLimits.Note);
        builder.Property(i => i.TargetValue).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        builder.Property(i => i.TargetRelativePercent).HasPrecision(9, 4);
        builder.Property(i => i.TargetText).HasMaxLength(ModelLimits.CellText);
        builder.Property(i => i.DirectionReason).HasMaxLength(ModelLimits.Note);
        builder.Property(i => i.Footnote).HasMaxLength(ModelLimits.Note);
    }
}
