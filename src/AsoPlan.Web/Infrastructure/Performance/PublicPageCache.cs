using AsoPlan.Data;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// Output caching of the anonymous public pages and open data. Pages opt in with
/// <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c>; a commit that changes what they show
/// evicts them (<see cref="PublicCacheEviction"/>), so the expiry is only a safety net.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public";

    /// <summary>Every cached page.</summary>
    public const string AllTag = "public";

    /// <summary>Pages that summarise several measures (home, lists, progress, sections, SDGs).</summary>
    public const string PlanTag = "plan";

    public const string OpenDataTag = "opendata";

    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    public static string MeasureTag(int number) => FormattableString.Invariant($"measure-{number}");

    public static string PolicyTag(int number) => FormattableString.Invariant($"policy-{number}");

    public static IServiceCollection AddAsoPlanOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache(cache =>
        {
            cache.DefaultExpirationTimeSpan = Expiry;
            cache.AddPolicy(Policy, PublicPagePolicy.Instance);
        });
        services.AddSingleton<ITempDataProvider, QuietTempDataProvider>();
        services.AddSingleton<PublicCacheEviction>();
        services.AddSingleton<VersionMarkerBump>();
        services.ConfigureDbContext<AsoPlanDbContext>((provider, db) => db.AddInterceptors(
            provider.GetRequiredService<VersionMarkerBump>(), provider.GetRequiredService<PublicCacheEviction>()));
        return services;
    }

    /// <summary>
    /// Right after routing (the endpoint's policy is known), before the body limit, the rate limiter,
    /// authentication and authorization: a hit needs none of them. Only public endpoints opt in (all
    /// <c>[AllowAnonymous]</c>, GET), and <see cref="PublicPagePolicy"/> neither serves nor stores a request that
    /// carries the sign-in or flash-message cookie, so a signed-in visitor goes on to authentication as before.
    /// Compression runs a second time inside the cache, so an entry is stored compressed (keyed by encoding) and
    /// a hit is not compressed again on every request; the outer compression (<see cref="CompressionSetup"/>)
    /// still serves static files and uncached pages, and leaves a response that already has a
    /// Content-Encoding alone.
    /// </summary>
    public static IApplicationBuilder UseAsoPlanOutputCache(this IApplicationBuilder app) =>
        app.UseOutputCache().UseResponseCompression();
}
