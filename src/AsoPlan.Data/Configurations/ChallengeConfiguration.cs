using AsoPlan.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsoPlan.Data.Configurations;

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.HasIndex(c => new { c.PlanId, c.Number }).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(ModelLimits.Title);
        builder.Property(c => c.Category).HasMaxLength(ModelLimits.ShortName);

        // Restrict: a challenge is never removed from under the policies that serve it.
        builder.HasMany(c => c.Policies).WithOne(p => p.Challenge).HasForeignKey(p => p.ChallengeId).OnDelete(DeleteBehavior.Restrict);
    }
}
