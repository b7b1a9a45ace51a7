using AsoPlan.Core.Budget;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class ProjectRecordConfiguration : IEntityTypeConfiguration<ProjectRecord>
{
    public void Configure(EntityTypeBuilder<ProjectRecord> builder)
    {
        // A record is one measure and one fiscal year, so this is "one year per project".
        builder.HasIndex(p => new { p.PdcaRecordId, p.ProjectId }).IsUnique();
        ProjectYearColumns.Configure(builder);
        builder.Navigation(p => p.Project).AutoInclude();
    }
}
