using AsoPlan.Web.Features.Errors;
using AsoPlan.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AsoPlan.Web.Infrastructure.Authorization;

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

        var result = await authorization.AuthorizeAsync(User, resource, operation);
        if (result.Succeeded)
        {
            return (resource, null);
        }

        // A refusal that has a reason to give (separation of duties) says it on the 403 page; others get the plain one.
        var reason = result.Failure?.FailureReasons.Select(r => r.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));
        return reason is null ? (null, Forbid()) : (null, ForbiddenWith(reason));
    }

    protected async Task<bool> AllowedAsync(RecordResource resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, resource, operation)).Succeeded;

    /// <summary>The Japanese 403 page with a message saying why.</summary>
    protected ViewResult ForbiddenWith(string message)
    {
        var view = View("~/Features/Errors/Views/Error/Status.cshtml", new ErrorPage(StatusCodes.Status403Forbidden, "この操作はできません", message));
        view.StatusCode = StatusCodes.Status403Forbidden;
        return view;
    }

    /// <summary>A redisplayed form says why in its status: 409 for a conflict, 422 for input that was refused.</summary>
    protected static ViewResult Refused(ViewResult view, RecordOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(view);
        view.StatusCode = outcome == RecordOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return view;
    }
}
