using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Portal;

[AllowAnonymous]
[PlanPeriodScope]
[Route("search")]
public sealed class SearchController(SearchQuery search) : Controller
{
    /// <summary>
    /// Bad input (empty, too long) is answered on the page with a message, never with an error page.
    /// The raw query string is read so that an empty <c>q=</c> (a submitted empty box) differs from no search at all.
    /// </summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await search.RunAsync(HttpContext.Period(), Request.Query.TryGetValue("q", out var q) ? q.ToString() : null, cancellationToken));
}
