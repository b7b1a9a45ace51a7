using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// How much of a request body the portal reads: what the endpoint declares (<c>[RequestSizeLimit]</c> on the
/// two uploads), otherwise <c>Security:MaxRequestBodyBytes</c> (1 MB; the longest form, a plan text of 20,000
/// characters, is about 180 KB encoded). Applied right after routing, before anything reads the body: a
/// declared length over the limit is refused without reading a byte, and a body that grows past it while
/// being read (chunked) is stopped by the server at the limit. Either way the answer is 413 with the Japanese
/// error page, logged as a warning (event 3102), never an unhandled error.
/// </summary>
public static partial class RequestBodyLimits
{
    public const long DefaultMaxBytes = 1024 * 1024;

    public static IServiceCollection AddAsoPlanRequestBodyLimits(this IServiceCollection services)
    {
        // The server's own ceiling is the default, so nothing outside this middleware's reach reads more.
        services.AddOptions<KestrelServerOptions>()
            .Configure<IConfiguration>((kestrel, configuration) => kestrel.Limits.MaxRequestBodySize = Default(configuration));
        return services;
    }

    /// <summary>After routing (the endpoint's own limit is known) and before the first reader of the form.</summary>
    public static IApplicationBuilder UseAsoPlanRequestBodyLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var defaultLimit = Default(app.ApplicationServices.GetRequiredService<IConfiguration>()); // read once, not per request
        return app.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                // The error page for this very request, re-executed: the body was refused or read already.
                await next(context);
                return;
            }

            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            {
                server.MaxRequestBodySize = limit;
            }

            if (context.Request.ContentLength > limit)
            {
                Refuse(context, limit);
                return;
            }

            try
            {
                await next(context);
            }
            catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                Refuse(context, limit);
            }
        });
    }

    private static long Default(IConfiguration configuration) =>
        configuration.GetValue<long?>("Security:MaxRequestBodyBytes") ?? DefaultMaxBytes;

    private static void Refuse(HttpContext context, long limit)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestBodyLimits));
        LogRefused(logger, context.Request.Method, context.Request.Path, context.Request.ContentLength, limit);
        // The error page re-executes with this request: it must not try to read the body again.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Refused a request body over the limit: {Method} {Path}, declared length {ContentLength}, limit {Limit} bytes")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, long? contentLength, long limit);
}
