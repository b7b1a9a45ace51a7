namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// What is sent to a signed-in person (pages, and the workbook, report and plan downloads alike) holds
/// unpublished or personal data: no browser or proxy may keep a copy (<c>Cache-Control: no-store</c>).
/// Static files are served before authentication and keep their long caching.
/// </summary>
public static class SignedInResponses
{
    public const string CacheControl = "no-store";

    /// <summary>After authentication, so the signed-in user is known.</summary>
    public static IApplicationBuilder UseAsoPlanNoStoreWhenSignedIn(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = CacheControl;
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
}
