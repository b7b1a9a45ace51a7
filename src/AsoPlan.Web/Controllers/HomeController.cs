using AsoPlan.Web.Infrastructure.Performance;
using AsoPlan.Web.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Controllers;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class HomeController(HomeQuery home) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var page = await home.LoadAsync(cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
