using AsoPlan.Core.PlanEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>Grants <see cref="PlanOperations"/> on a plan item by the rules in <see cref="PlanPermissions"/>.</summary>
public sealed class PlanAuthorizationHandler(WorkflowActors actors) : AuthorizationHandler<OperationAuthorizationRequirement, PlanItemResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PlanItemResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        var actor = await actors.ForAsync(context.User);
        if (requirement.Name == nameof(PlanOperations.Edit) && PlanPermissions.CanEdit(actor, resource.IsCurrentPeriod))
        {
            context.Succeed(requirement);
        }
    }
}
