using AsoPlan.Web.Features.Portal.Accessibility;
using AsoPlan.Web.Infrastructure.Performance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AsoPlan.Web.Features.Portal;

/// <summary>ウェブアクセシビリティ方針: the policy and the latest recorded test results.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class AccessibilityController(AccessibilityStatement statement) : Controller
{
    [HttpGet("accessibility")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await statement.LatestAsync(cancellationToken));
}
