using AsoPlan.Core.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>Grants <see cref="RecordOperations"/> on a record by the rules in <see cref="RecordPermissions"/>.</summary>
public sealed class RecordAuthorizationHandler(WorkflowActors actors) : AuthorizationHandler<OperationAuthorizationRequirement, RecordResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, RecordResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        var actor = await actors.ForAsync(context.User);
        var allowed = requirement.Name switch
        {
            nameof(RecordOperations.Read) => RecordPermissions.CanRead(actor, resource.OwnerSectionId),
            nameof(RecordOperations.Edit) => RecordPermissions.CanEdit(actor, resource.OwnerSectionId, resource.State, resource.WindowOpen, resource.Correcting),
            nameof(RecordOperations.Reopen) => RecordPermissions.CanReopen(actor, resource.State),
            nameof(RecordOperations.RequestCorrection) => RecordPermissions.CanRequestCorrection(actor, resource.OwnerSectionId, resource.State, resource.CorrectionRequested),
            nameof(RecordOperations.DeclineCorrection) => RecordPermissions.CanDeclineCorrection(actor, resource.State, resource.CorrectionRequested),
            nameof(RecordOperations.Review) => RecordPermissions.CanReview(actor, resource.State, resource.Editors),
            nameof(RecordOperations.ReadHistory) => RecordPermissions.CanReadHistory(actor),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        else if (requirement.Name == nameof(RecordOperations.Review) && actor.IsPlanningOffice && SeparationOfDuties.WroteVersion(actor, resource.Editors))
        {
            // Said in words on the 403 page: the person may review other records, just not this one.
            context.Fail(new AuthorizationFailureReason(this, SeparationOfDuties.Message));
        }
    }
}
