using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.HasIndex(i => new { i.MeasureId, i.Kind, i.SortOrder }).IsUnique();

        // The column keeps its name: it holds the project lines of a database from before the Projects table.
        builder.Property(i => i.LegacyProjects).HasColumnName("Projects");

        // Key actions (主な取り組み) are whole sentences, so Name stays unbounded.
    }
}
