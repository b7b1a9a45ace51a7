using System.Globalization;
using AsoPlan.Web.Models.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Controllers;

/// <summary>
/// The Japanese error pages. Reached by re-execution from the status code pages and the
/// exception handler (any method, hence no antiforgery check), or directly as the access-denied path.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("error")]
public sealed class ErrorController : Controller
{
    // The code is read from the route, not model-bound: a re-executed request keeps its original body, and when
    // that form cannot be read (an upload over the size limit) MVC binds no parameter at all, so a bound code
    // would be 0 and every such refusal would show as 404.
    [Route("{code:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View(ErrorPage.For(status));
    }
}
