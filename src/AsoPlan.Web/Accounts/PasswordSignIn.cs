using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Accounts;

/// <summary>
/// Step 1 of signing in. Every failure counts towards the lockout, and an unknown address costs the
/// same password hashing as a known one, so neither the message nor the response time tells whether
/// an account exists.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new() { DisplayName = "-", UserName = "-" };

    private static string? nobodyHash;

    public async Task<SignInResult> SignInAsync(string email, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, nobodyHash, password);
            return SignInResult.Failed;
        }

        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }
}
