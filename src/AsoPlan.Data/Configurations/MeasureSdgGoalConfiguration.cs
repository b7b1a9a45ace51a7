using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class MeasureSdgGoalConfiguration : IEntityTypeConfiguration<MeasureSdgGoal>
{
    public void Configure(EntityTypeBuilder<MeasureSdgGoal> builder)
    {
        builder.HasIndex(g => new { g.MeasureId, g.Goal }).IsUnique();

        // The SDG page lists measures by goal.
        builder.HasIndex(g => g.Goal);
        builder.Property(g => g.Label).HasMaxLength(ModelLimits.Name);
        builder.Property(g => g.Targets).HasMaxLength(ModelLimits.CellText);
    }
}
