using AsoPlan.Core.Voice;
using AsoPlan.Core.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>Grants <see cref="OpinionOperations"/> on an opinion by the rules in <see cref="OpinionPermissions"/>.</summary>
public sealed class OpinionAuthorizationHandler(WorkflowActors actors) : AuthorizationHandler<OperationAuthorizationRequirement, OpinionResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, OpinionResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        var actor = await actors.ForAsync(context.User);
        var allowed = requirement.Name switch
        {
            nameof(OpinionOperations.Read) => OpinionPermissions.CanRead(actor, resource.AssignedSectionId),
            nameof(OpinionOperations.ReadSenderName) => OpinionPermissions.CanReadSenderName(actor),
            nameof(OpinionOperations.Assign) => OpinionPermissions.CanAssign(actor, resource.State),
            nameof(OpinionOperations.DraftReply) => OpinionPermissions.CanDraftReply(actor, resource.AssignedSectionId, resource.State),
            nameof(OpinionOperations.ReturnReply) => OpinionPermissions.CanReturnReply(actor, resource.State),
            nameof(OpinionOperations.Publish) => OpinionPermissions.CanPublish(actor, resource.State, resource.ConsentToPublish, resource.ReplyEditors),
            nameof(OpinionOperations.Withhold) => OpinionPermissions.CanWithhold(actor, resource.State),
            nameof(OpinionOperations.Delete) => OpinionPermissions.CanDelete(actor, resource.State),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        else if (requirement.Name == nameof(OpinionOperations.Publish) && actor.IsPlanningOffice && SeparationOfDuties.WroteVersion(actor, resource.ReplyEditors))
        {
            context.Fail(new AuthorizationFailureReason(this, "この回答案を作成した方は、同じご意見を公表できません（職務の分離）。企画担当の別の方が公表してください。"));
        }
    }
}
