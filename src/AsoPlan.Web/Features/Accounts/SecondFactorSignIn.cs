using AsoPlan.Data.Identity;
using AsoPlan.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Step 2 of signing in: an authenticator code (each accepted once, see <see cref="OneUseAuthenticatorTokenProvider"/>)
/// or an unused recovery code. Wrong codes count like wrong passwords, per (account, client address) and account-wide.
/// </summary>
public sealed class SecondFactorSignIn(SignInManager<AppUser> signIn, SignInFailures failures)
{
    public async Task<SignInResult> SignInAsync(AppUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var account = user.Email ?? user.UserName ?? user.Id;
        var address = ClientAddress.Key(signIn.Context);
        if (failures.IsLocked(account, address))
        {
            return SignInResult.LockedOut;
        }

        var totp = OneTimeCode.AsAuthenticatorCode(code);
        var result = totp is not null
            ? await signIn.TwoFactorAuthenticatorSignInAsync(totp, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(OneTimeCode.Normalize(code));
        if (result.Succeeded)
        {
            failures.Reset(account, address);
            return result;
        }

        return result.IsLockedOut || failures.RecordFailure(account, address) ? SignInResult.LockedOut : result;
    }
}
