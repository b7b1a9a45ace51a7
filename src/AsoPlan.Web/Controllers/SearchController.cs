using AsoPlan.Web.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Controllers;

[AllowAnonymous]
[Route("search")]
public sealed class SearchController(SearchQuery search) : Controller
{
    /// <summary>Bad input (empty, too long) is answered on the page with a message, never with an error page.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? q, CancellationToken cancellationToken) =>
        View(await search.RunAsync(q, cancellationToken));
}
