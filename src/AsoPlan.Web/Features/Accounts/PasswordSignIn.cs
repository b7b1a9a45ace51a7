using AsoPlan.Data.Identity;
using AsoPlan.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Step 1 of signing in. Failures are counted per (address typed, client address) by <see cref="SignInFailures"/>
/// and account-wide by Identity's lockout (a high threshold). Every answer costs one password hash, whether
/// the account exists, is locked, or the pair is refused, and a refused pair gets the same message for an
/// unknown address as for a real account: neither the text nor the time tells which accounts exist. A locked
/// account (an administrator's lock or the account-wide threshold) answers like a wrong password. Every outcome
/// is logged with the address typed and the client address, never the password.
/// </summary>
public sealed partial class PasswordSignIn(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, SignInFailures failures, ILogger<PasswordSignIn> logger)
{
    private static readonly AppUser Nobody = new() { DisplayName = "-", UserName = "-" };

    private static string? nobodyHash;

    public async Task<SignInResult> SignInAsync(string email, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        var typed = email.Trim();
        var address = ClientAddress.Key(signIn.Context);
        if (failures.IsLocked(typed, address))
        {
            SpendOneHash(password);
            LogThrottled(logger, typed, address);
            return SignInResult.LockedOut;
        }

        var user = await signIn.UserManager.FindByEmailAsync(typed);
        if (user is null)
        {
            SpendOneHash(password);
            LogUnknownAccount(logger, typed, address);
            return Failed(typed, address);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            failures.Reset(typed, address);
            if (result.Succeeded)
            {
                LogSucceeded(logger, user.Email, address);
            }
            else
            {
                LogPasswordAccepted(logger, user.Email, address);
            }

            return result;
        }

        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity refused before looking at the password; spend the same time a check would.
            SpendOneHash(password);
            LogLockedOut(logger, user.Email, address);
        }
        else
        {
            LogFailed(logger, user.Email, address);
        }

        return Failed(typed, address);
    }

    private SignInResult Failed(string typed, string address) =>
        failures.RecordFailure(typed, address) ? SignInResult.LockedOut : SignInResult.Failed;

    private void SpendOneHash(string password)
    {
        nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, nobodyHash, password);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Sign-in succeeded for {Email} from {ClientAddress}")]
    private static partial void LogSucceeded(ILogger logger, string? email, string clientAddress);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Sign-in password accepted for {Email} from {ClientAddress}; second factor required")]
    private static partial void LogPasswordAccepted(ILogger logger, string? email, string clientAddress);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Sign-in failed for {Email} from {ClientAddress}: wrong password")]
    private static partial void LogFailed(ILogger logger, string? email, string clientAddress);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Sign-in refused for {Email} from {ClientAddress}: account locked out")]
    private static partial void LogLockedOut(ILogger logger, string? email, string clientAddress);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Sign-in failed for unknown account {Email} from {ClientAddress}")]
    private static partial void LogUnknownAccount(ILogger logger, string email, string clientAddress);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Sign-in refused for {Email} from {ClientAddress}: too many failures from this address")]
    private static partial void LogThrottled(ILogger logger, string email, string clientAddress);
}
