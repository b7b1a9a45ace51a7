using AsoPlan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AsoPlan.Web.Infrastructure.Data;

/// <summary>Healthy when the database answers a query against the plan tables and the plan is loaded.</summary>
public sealed class DatabaseHealthCheck(AsoPlanDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var loaded = await db.Plans.AsNoTracking().AnyAsync(cancellationToken);
            return loaded
                ? HealthCheckResult.Healthy("database reachable, plan loaded")
                : HealthCheckResult.Degraded("database reachable, plan not loaded");
        }
#pragma warning disable CA1031 // Any failure to reach the database is what this check reports.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}
