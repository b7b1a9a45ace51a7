using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(ModelLimits.Code);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(ModelLimits.Name);

        // Restrict keeps SQL Server free of multiple cascade paths (department → section → measure
        // and department → policy → measure) and never deletes sections that staff belong to.
        builder.HasMany(d => d.Sections).WithOne(s => s.Department).HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
