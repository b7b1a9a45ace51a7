using AsoPlan.Web.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController(HomeQuery home) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var page = await home.LoadAsync(cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
