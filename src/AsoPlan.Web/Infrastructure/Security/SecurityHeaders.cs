using Microsoft.Extensions.Primitives;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// Browser-side defences on every response, error pages and static files included. Scripts and styles
/// come from the site only (no inline code anywhere in the views), and no other site may frame the portal.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    // Built once: each response only stores these references (no string or closure per request).
    private static readonly StringValues ContentSecurityPolicyValue = ContentSecurityPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues ReferrerPolicyValue = ReferrerPolicy;
    private static readonly StringValues PermissionsPolicyValue = PermissionsPolicy;
    private static readonly StringValues SameOrigin = "same-origin";

    private static readonly Func<object, Task> AddHeaders = static state =>
    {
        var headers = ((HttpResponse)state).Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicyValue;
        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = Deny;
        headers["Referrer-Policy"] = ReferrerPolicyValue;
        headers["Permissions-Policy"] = PermissionsPolicyValue;
        headers["Cross-Origin-Opener-Policy"] = SameOrigin;
        return Task.CompletedTask;
    };

    public static IApplicationBuilder UseAsoPlanSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // At send time, so the headers survive the exception handler, which clears the response.
            context.Response.OnStarting(AddHeaders, context.Response);
            return next(context);
        });
}
