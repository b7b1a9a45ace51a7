using AsoPlan.Core.Budget;
using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class ProjectRecordConfiguration : IEntityTypeConfiguration<ProjectRecord>
{
    /// <summary>千円 amounts: whole numbers up to 18 digits.</summary>
    private const int AmountPrecision = 18;

    public void Configure(EntityTypeBuilder<ProjectRecord> builder)
    {
        // A record is one measure and one fiscal year, so this is "one year per project".
        builder.HasIndex(p => new { p.PdcaRecordId, p.ProjectId }).IsUnique();
        foreach (var amount in new[] { nameof(ProjectRecord.InitialBudget), nameof(ProjectRecord.SupplementaryBudget), nameof(ProjectRecord.Settlement),
                     nameof(ProjectRecord.NationalFunds), nameof(ProjectRecord.PrefecturalFunds), nameof(ProjectRecord.LocalBonds),
                     nameof(ProjectRecord.OtherFunds), nameof(ProjectRecord.GeneralFunds) })
        {
            builder.Property<decimal?>(amount).HasPrecision(AmountPrecision, 0);
        }

        builder.Property(p => p.StaffEffort).HasPrecision(9, 1);
        builder.Property(p => p.Activity1Name).HasMaxLength(ProjectEntryReader.MaxNameLength);
        builder.Property(p => p.Activity2Name).HasMaxLength(ProjectEntryReader.MaxNameLength);
        builder.Property(p => p.Activity1Unit).HasMaxLength(ProjectEntryReader.MaxUnitLength);
        builder.Property(p => p.Activity2Unit).HasMaxLength(ProjectEntryReader.MaxUnitLength);
        builder.Property(p => p.Activity1Target).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        builder.Property(p => p.Activity1Actual).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        builder.Property(p => p.Activity2Target).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        builder.Property(p => p.Activity2Actual).HasPrecision(ModelLimits.ValuePrecision, ModelLimits.ValueScale);
        builder.Property(p => p.TargetText).HasMaxLength(PdcaWorkflow.MaxShortTextLength);
        builder.Property(p => p.IntentText).HasMaxLength(PdcaWorkflow.MaxShortTextLength);
        builder.Property(p => p.MeansText).HasMaxLength(PdcaWorkflow.MaxShortTextLength);
        builder.Property(p => p.DirectionReason).HasMaxLength(PdcaWorkflow.MaxShortTextLength);

        // Restrict: a project with entered years is never deleted by a plan change.
        builder.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Project).AutoInclude();
    }
}
