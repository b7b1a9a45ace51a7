using AsoPlan.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// Gives <see cref="VersionMarker.PlanProgress"/> a new value in every save that changes anything but a private
/// entity or a citizen's opinion (<see cref="PublicCacheDeclarations"/>; no progress figure counts opinions): the plan, indicators, targets, records in any state, their
/// values and publications. The marker's update is one more statement of the same SaveChanges, so it commits
/// or rolls back with the change itself, inside the caller's transaction when there is one. Every server then
/// sees the new value on its next read, before or together with the data. Stateless: one instance serves every pooled context.
/// </summary>
public sealed class VersionMarkerBump : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Bump(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(ChangesWhatProgressShows))
        {
            return;
        }

        var marker = context.ChangeTracker.Entries<VersionMarker>().FirstOrDefault(e => e.Entity.Name == VersionMarker.PlanProgress)
            ?? context.Attach(new VersionMarker { Name = VersionMarker.PlanProgress });
        marker.Entity.Version = Guid.NewGuid();
        marker.Property(m => m.Version).IsModified = true;
    }

    private static bool ChangesWhatProgressShows(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && PublicCacheDeclarations.For(entry.Metadata.ClrType) is not (PublicCacheEffect.Private or PublicCacheEffect.PublishedOpinion);
}
