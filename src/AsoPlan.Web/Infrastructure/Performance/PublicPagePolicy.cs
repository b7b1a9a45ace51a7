using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// Caches only what every anonymous visitor sees alike: GET/HEAD answered 200 without Set-Cookie, for a
/// request that is not signed in and carries neither the sign-in cookie nor a flash message (TempData).
/// Entries are tagged by measure, policy or open data so that an approval evicts only what it changes.
/// </summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public static readonly PublicPagePolicy Instance = new();

    private static readonly string[] PersonalCookies = ["AsoPlan.Auth", ".AspNetCore.Mvc.CookieTempDataProvider"];

    private PublicPagePolicy()
    {
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var attempt = IsAnonymousRead(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        // Pages such as /progress?year= differ by query; the store's size limit bounds what odd queries can fill.
        context.CacheVaryByRules.QueryKeys = "*";
        context.ResponseExpirationTimeSpan = PublicPageCache.Expiry;
        context.Tags.Add(PublicPageCache.AllTag);
        context.Tags.Add(Tag(context.HttpContext.Request.RouteValues));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsAnonymousRead(HttpContext http)
    {
        var request = http.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && request.Headers.Authorization.Count == 0
            && !PersonalCookies.Any(request.Cookies.ContainsKey);
    }

    private static string Tag(RouteValueDictionary route)
    {
        var controller = route["controller"] as string;
        var number = int.TryParse(route["number"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        return (controller, number) switch
        {
            ("Measures", int measure) => PublicPageCache.MeasureTag(measure),
            ("Policies", int policy) => PublicPageCache.PolicyTag(policy),
            ("OpenData", _) => PublicPageCache.OpenDataTag,
            _ => PublicPageCache.PlanTag,
        };
    }
}
