using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// A post without a valid antiforgery token is a client error the portal expects (an old tab, a probe): one
/// warning line with method and path, no stack trace. The framework's own information-level entry, which carries
/// the whole exception, is turned down in the <c>Serilog</c> settings.
/// </summary>
public sealed partial class AntiforgeryFailureLog(ILogger<AntiforgeryFailureLog> logger) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            LogRefused(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Refused {Method} {Path}: antiforgery token missing or invalid (answered 400)")]
    private static partial void LogRefused(ILogger logger, string method, PathString path);
}
