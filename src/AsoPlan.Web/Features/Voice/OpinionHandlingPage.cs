using AsoPlan.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using System.Security.Claims;

namespace AsoPlan.Web.Features.Voice;

/// <summary>
/// One opinion on the staff side, with the steps the reader may take now. <see cref="Error"/> and <see cref="Step"/> say
/// which form was refused and why; <see cref="Posted"/> is the text that form sent, shown again.
/// </summary>
public sealed record OpinionHandlingPage(
    OpinionDetail Detail, IReadOnlySet<string> Allowed, IReadOnlyList<SectionChoice> Sections, bool PlanningSide, string? Step = null, string? Error = null, string? Posted = null)
{
    public bool May(OperationAuthorizationRequirement operation) => Allowed.Contains(operation.Name);

    public string? ErrorFor(string step) => Step == step ? Error : null;

    public string BasePath => PlanningSide ? $"/planning/opinions/{Detail.Id}" : $"/staff/opinions/{Detail.Id}";

    public static async Task<IReadOnlySet<string>> AllowedAsync(IAuthorizationService authorization, ClaimsPrincipal user, OpinionResource resource)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        OperationAuthorizationRequirement[] steps =
        [
            OpinionOperations.ReadSenderName, OpinionOperations.Assign, OpinionOperations.DraftReply, OpinionOperations.ReturnReply,
            OpinionOperations.Publish, OpinionOperations.Withhold, OpinionOperations.Delete,
        ];
        foreach (var step in steps)
        {
            if ((await authorization.AuthorizeAsync(user, resource, step)).Succeeded)
            {
                allowed.Add(step.Name);
            }
        }

        return allowed;
    }
}
