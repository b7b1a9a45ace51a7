using AsoPlan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class EntryWindowConfiguration : IEntityTypeConfiguration<EntryWindow>
{
    public void Configure(EntityTypeBuilder<EntryWindow> builder)
    {
        builder.HasIndex(w => w.FiscalYear).IsUnique();
        builder.Property(w => w.ChangedBy).HasMaxLength(ModelLimits.UserName);
    }
}
