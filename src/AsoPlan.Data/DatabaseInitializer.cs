using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Data;

/// <summary>Startup: migrate, then upsert the plan from seeds/ by natural key.</summary>
public static class DatabaseInitializer
{
    public static Task InitializeAsoPlanDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Implemented by the data layer work: migrate + PlanSeedImporter.
        throw new NotImplementedException();
    }
}
