using AsoPlan.Data;
using Microsoft.AspNetCore.DataProtection;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// The keys that sign and encrypt the auth cookie, antiforgery tokens and TempData live in the database
/// (<c>DataProtectionKeys</c>) under a fixed application name, so every web instance behind a load
/// balancer, and every restart or redeployment to another folder, reads and writes the same key ring.
/// The default would be a per-machine folder and an application name derived from the content root path.
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "AsoPlan";

    public static IServiceCollection AddAsoPlanDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AsoPlanDbContext>();
        return services;
    }
}
