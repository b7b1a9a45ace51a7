using Microsoft.AspNetCore.Http.Features;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// A form body the framework cannot decode (a NUL or a broken escape in a value) is the client's error:
/// answered 400 with the Japanese error page before anything else reads the form. Left alone, the
/// first reader (the sign-in rate limiter, model binding) throws, and the exception page's own
/// re-execution reads the same broken form again and ends in a 404.
/// </summary>
public static partial class MalformedForms
{
    public static IApplicationBuilder UseAsoPlanMalformedFormRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException e)
                {
                    Refused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MalformedForms)), context.Request.Path, e.Message);
                    // The error page must not try to read the broken body again.
                    context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }

            await next(context);
        });

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Refused an undecodable form posted to {Path}: {Reason}")]
    private static partial void Refused(ILogger logger, PathString path, string reason);
}
