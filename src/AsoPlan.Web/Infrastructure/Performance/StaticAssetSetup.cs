using Microsoft.Net.Http.Headers;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// Static files. The layout and views link them with <c>asp-append-version</c>, so a URL with <c>?v=</c>
/// names one exact content (the hash changes with the file): the browser may keep it for a year without
/// asking again. A URL without the version still gets the default revalidation.
/// </summary>
public static class StaticAssetSetup
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    public static IApplicationBuilder UseAsoPlanStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                if (file.Context.Request.Query.ContainsKey("v"))
                {
                    file.Context.Response.Headers[HeaderNames.CacheControl] = ImmutableCacheControl;
                }
            },
        });
}
