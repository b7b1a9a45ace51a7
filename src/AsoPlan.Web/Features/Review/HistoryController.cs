using AsoPlan.Core.Accounts;
using AsoPlan.Web.Features.Records;
using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Features.Review;

/// <summary>A record's change history (who, when, what, before and after), for the planning office and administrators.</summary>
[Area("Planning")]
[Authorize(Roles = $"{Roles.PlanningOffice},{Roles.Admin}")]
[Route("planning/records/{measure:int}/{year:int}/history")]
public sealed class HistoryController(RecordResources resources, RecordHistoryQuery history, IAuthorizationService authorization)
    : RecordControllerBase(resources, authorization)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int measure, int year, CancellationToken cancellationToken)
    {
        var (resource, refusal) = await FindAuthorizedAsync(measure, year, RecordOperations.ReadHistory, cancellationToken);
        return resource is null ? refusal! : View(await history.LoadAsync(resource, cancellationToken));
    }
}
