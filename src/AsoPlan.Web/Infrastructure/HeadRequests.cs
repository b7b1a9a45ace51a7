using Microsoft.AspNetCore.Http.Features;

namespace AsoPlan.Web.Infrastructure;

/// <summary>
/// HEAD asks for what GET would answer, without the body (RFC 9110 §9.3.2). The portal's actions are GET
/// endpoints, which routing does not match for HEAD, so a HEAD for a page or a download was a 404. Here a
/// HEAD request runs as the GET it stands for, its body going nowhere, and is logged as HEAD. Static files,
/// served earlier in the pipeline, answer HEAD themselves.
/// </summary>
public static class HeadRequests
{
    /// <summary>Before routing, so the GET endpoint is the one chosen.</summary>
    public static IApplicationBuilder UseAsoPlanHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Request.Method = HttpMethods.Get;
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(body);
                context.Request.Method = HttpMethods.Head;
            }
        });
}
