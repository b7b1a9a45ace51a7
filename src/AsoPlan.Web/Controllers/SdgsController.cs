using AsoPlan.Web.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Controllers;

[AllowAnonymous]
[Route("sdgs")]
public sealed class SdgsController(SdgQuery sdgs) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sdgs.ListAsync(cancellationToken));
}
