using AsoPlan.Core.Budget;
using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

/// <summary>The columns of a project's year, alike for the entered (<see cref="ProjectRecord"/>) and the published (<see cref="PublishedProject"/>) copy.</summary>
internal static class ProjectYearColumns
{
    /// <summary>千円 amounts: whole numbers up to 18 digits.</summary>
    public const int AmountPrecision = 18;

    private static readonly string[] Amounts =
    [
        nameof(ProjectYear.InitialBudget), nameof(ProjectYear.SupplementaryBudget), nameof(ProjectYear.Settlement),
        nameof(ProjectYear.NationalFunds), nameof(ProjectYear.PrefecturalFunds), nameof(ProjectYear.LocalBonds),
        nameof(ProjectYear.OtherFunds), nameof(ProjectYear.GeneralFunds),
    ];

    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : ProjectYear
    {
        foreach (var amount in Amounts)
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

        // Restrict: a project with entered or published years is never deleted by a plan change.
        builder.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
