using AsoPlan.Core.Workflow;
using AsoPlan.Web.Features.Workbooks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>
/// Grants <see cref="RecordOperations.Read"/> (the workbook page and download) and <see cref="RecordOperations.Edit"/>
/// (an upload) on a section's year by <see cref="RecordPermissions"/>: staff of that section only, and for an
/// upload an open entry window. Whether each record may still change is checked with the records themselves.
/// </summary>
public sealed class SectionYearAuthorizationHandler(WorkflowActors actors) : AuthorizationHandler<OperationAuthorizationRequirement, SectionYear>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, SectionYear resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        var actor = await actors.ForAsync(context.User);
        var allowed = requirement.Name switch
        {
            nameof(RecordOperations.Read) => RecordPermissions.CanUseSectionWorkbook(actor, resource.SectionId),
            nameof(RecordOperations.Edit) => RecordPermissions.CanUseSectionWorkbook(actor, resource.SectionId) && resource.WindowOpen,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
