using System.Security.Claims;
using AsoPlan.Core.Accounts;
using AsoPlan.Core.Workflow;
using AsoPlan.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Infrastructure.Authorization;

/// <summary>
/// Turns the signed-in user into a <see cref="WorkflowActor"/>. Roles come from the sign-in cookie;
/// the section is read from the account on every request, so moving someone to another section
/// takes effect at once.
/// </summary>
public sealed class WorkflowActors(AsoPlanDbContext db, IOptions<IdentityOptions> identity)
{
    public async Task<WorkflowActor> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return WorkflowActor.Anonymous;
        }

        var roles = Roles.All.Where(user.IsInRole).ToHashSet();
        var userId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var sectionId = userId is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SectionId).SingleOrDefaultAsync(cancellationToken);
        return new WorkflowActor(roles, sectionId, user.Identity.Name);
    }
}
