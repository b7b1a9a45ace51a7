using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public const int BudgetCodeLength = 30;

    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(ModelLimits.Code);
        // Codes (M13-P02) carry their measure's number, so they repeat in the next period: unique within the measure.
        builder.HasIndex(p => new { p.MeasureId, p.Code }).IsUnique();
        builder.HasIndex(p => new { p.InitiativeId, p.SortOrder });
        builder.HasIndex(p => p.BudgetCode);
        builder.Property(p => p.Name).HasMaxLength(ModelLimits.Title);
        builder.Property(p => p.BudgetCode).HasMaxLength(BudgetCodeLength);

        // The initiative owns its projects; the measure link is a key scope only (Restrict keeps SQL Server to one cascade path).
        builder.HasOne(p => p.Initiative).WithMany(i => i.Projects).HasForeignKey(p => p.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Measure).WithMany().HasForeignKey(p => p.MeasureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.OwnerSection).WithMany().HasForeignKey(p => p.OwnerSectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
