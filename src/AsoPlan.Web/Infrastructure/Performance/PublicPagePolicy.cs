using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// Caches only what every anonymous visitor sees alike: GET/HEAD answered 200 without Set-Cookie, for a
/// request that is not signed in and carries neither the sign-in cookie nor a flash message (TempData).
/// Entries are tagged by measure, policy or open data so that an approval evicts only what it changes.
/// An entry is stored as sent, compressed (see <see cref="PublicPageCache.UseAsoPlanOutputCache"/>), so the
/// key includes the encoding the compression middleware chooses for the request's Accept-Encoding.
/// </summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public static readonly PublicPagePolicy Instance = new();

    /// <summary>The sign-in and flash-message (TempData) cookies, under both names (<c>__Host-</c> over HTTPS).</summary>
    private static readonly string[] PersonalCookies = ["AsoPlan.Auth", "__Host-AsoPlan.Auth", "AsoPlan.TempData", "__Host-AsoPlan.TempData"];

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
        context.CacheVaryByRules.VaryByValues["encoding"] = Encoding(context.HttpContext);
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

    /// <summary>What the compression middleware will send for this request: its own choice, so key and body agree.</summary>
    private static string Encoding(HttpContext http)
    {
        var compression = http.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return compression.CheckRequestAcceptsCompression(http) ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity" : "identity";
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
