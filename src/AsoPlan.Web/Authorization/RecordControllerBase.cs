using AsoPlan.Web.Services.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Authorization;

/// <summary>The first two steps of every record action: find the record (404), authorize against it (403).</summary>
public abstract class RecordControllerBase(RecordResources resources, IAuthorizationService authorization) : Controller
{
    protected RecordResources Resources { get; } = resources;

    /// <summary>The record, or the response that refuses the request.</summary>
    protected async Task<(RecordResource? Resource, IActionResult? Refusal)> FindAuthorizedAsync(
        int measure, int year, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var resource = await Resources.FindAsync(measure, year, cancellationToken);
        if (resource is null)
        {
            return (null, NotFound());
        }

        return await AllowedAsync(resource, operation) ? (resource, null) : (null, Forbid());
    }

    protected async Task<bool> AllowedAsync(RecordResource resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, resource, operation)).Succeeded;

    /// <summary>A redisplayed form says why in its status: 409 for a conflict, 422 for input that was refused.</summary>
    protected static ViewResult Refused(ViewResult view, RecordOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(view);
        view.StatusCode = outcome == RecordOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return view;
    }
}
