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
    [Route("{code:int}")]
    public IActionResult Status(int code)
    {
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View(ErrorPage.For(status));
    }
}
