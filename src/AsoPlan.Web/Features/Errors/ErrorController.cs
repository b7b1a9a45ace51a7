using AsoPlan.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Errors;

/// <summary>
/// The Japanese error pages. Reached by re-execution from the status code pages and the
/// exception handler (any method, hence no antiforgery check), or directly as the access-denied path.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("error")]
public sealed class ErrorController : Controller
{
    /// <summary>
    /// The status comes from the path only. A re-executed request keeps the original method and body, so
    /// default binding would read a posted field named <c>Code</c> (the 2FA sign-in form has one) or
    /// trip over a body it cannot decode, and show the wrong page.
    /// </summary>
    [Route("{code:int}")]
    public IActionResult Status([FromRoute] int code)
    {
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        return View(status == StatusCodes.Status429TooManyRequests && original is not null && SignInRateLimiting.IsOpinionPost(original)
            ? ErrorPage.OpinionsThrottled
            : ErrorPage.For(status));
    }
}
