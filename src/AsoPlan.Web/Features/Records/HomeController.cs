using AsoPlan.Core.Accounts;
using AsoPlan.Web.Features.Review;
using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Records;

/// <summary>The staff start page: the section's measures by fiscal year.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.SectionStaff)]
[Route("staff")]
public sealed class HomeController(StaffHomeQuery query, WorkflowActors actors) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = await actors.ForAsync(User, cancellationToken);
        return View(await query.LoadAsync(actor.SectionId, cancellationToken));
    }
}
