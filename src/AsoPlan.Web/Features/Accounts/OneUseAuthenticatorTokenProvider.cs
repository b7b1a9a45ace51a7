using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Identity's authenticator provider accepts a code as often as it is shown (30 seconds and the steps either
/// side), so a code seen over a shoulder or replayed signs in again. This one accepts each time step once: the
/// step of the last accepted code is kept with the account (an Identity user token), and a code of that step
/// or an earlier one is refused. Two requests racing with the same code both try to save the step; the
/// account's concurrency stamp lets only one of them succeed. TOTP is computed by Otp.NET (decision 1601).
/// </summary>
public sealed class OneUseAuthenticatorTokenProvider : IUserTwoFactorTokenProvider<AppUser>
{
    private const string Store = "[AsoPlan]";

    private const string LastStep = "AuthenticatorLastTimeStep";

    /// <summary>As Identity: two steps (60 seconds) either side, for phones whose clock is a little off.</summary>
    private static readonly VerificationWindow Window = new(previous: 2, future: 2);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The code comes from the person's app, never from the portal.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(DateTime.UtcNow, token, out var step, Window))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, Store, LastStep);
        if (long.TryParse(last, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }

        var saved = await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }
}
