using System.Globalization;
using System.Security.Claims;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Accounts;

/// <summary>
/// Claims beyond Identity's (name, roles): the display name and, for staff, the section. They are
/// renewed with the security stamp check, so an admin's change reaches a signed-in session within
/// <see cref="AccountPolicy.SecurityStampValidationInterval"/>.
/// </summary>
public sealed class AccountClaims(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "asoplan:display_name";

    public const string SectionId = "asoplan:section_id";

    /// <summary>The section of a signed-in account, if it has one.</summary>
    public static int? SectionOf(ClaimsPrincipal user) =>
        int.TryParse(user?.FindFirstValue(SectionId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.SectionId is { } section)
        {
            identity.AddClaim(new Claim(SectionId, section.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
