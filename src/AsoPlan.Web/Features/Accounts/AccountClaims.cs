using System.Globalization;
using System.Security.Claims;
using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Claims beyond Identity's (name, roles, security stamp): the display name, for staff the section, and
/// the account's concurrency stamp when the claims were made. <see cref="SessionCheck"/> compares that
/// stamp with the account's on every request and rebuilds the claims when it differs, so an admin's
/// change reaches a signed-in session on its next request.
/// </summary>
public sealed class AccountClaims(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "asoplan:display_name";

    public const string SectionId = "asoplan:section_id";

    /// <summary>The account's <c>ConcurrencyStamp</c> the claims were made from.</summary>
    public const string Version = "asoplan:account_version";

    /// <summary>The section of a signed-in account, if it has one.</summary>
    public static int? SectionOf(ClaimsPrincipal user) =>
        int.TryParse(user?.FindFirstValue(SectionId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.ConcurrencyStamp is { } version)
        {
            identity.AddClaim(new Claim(Version, version));
        }

        if (user.SectionId is { } section)
        {
            identity.AddClaim(new Claim(SectionId, section.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
