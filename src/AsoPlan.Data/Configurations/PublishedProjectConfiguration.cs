using AsoPlan.Core.Budget;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class PublishedProjectConfiguration : IEntityTypeConfiguration<PublishedProject>
{
    public void Configure(EntityTypeBuilder<PublishedProject> builder)
    {
        builder.HasIndex(p => new { p.PublicationId, p.ProjectId }).IsUnique();
        ProjectYearColumns.Configure(builder);
        builder.Property(p => p.UnitCost).HasPrecision(ProjectYearColumns.AmountPrecision, 0);
        builder.Property(p => p.PersonnelCost).HasPrecision(ProjectYearColumns.AmountPrecision, 0);
        builder.Property(p => p.TotalCost).HasPrecision(ProjectYearColumns.AmountPrecision, 0);
        builder.HasOne(p => p.Publication).WithMany(p => p.Projects).HasForeignKey(p => p.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
