using AsoPlan.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Accounts;

/// <summary>
/// Step 1 of signing in. Every failure counts towards the lockout, and an unknown address costs the
/// same password hashing as a known one, so neither the message nor the response time tells whether
/// an account exists. Every outcome is logged with the address typed and the client address, never the password.
/// </summary>
public sealed partial class PasswordSignIn(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, ILogger<PasswordSignIn> logger)
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
            LogUnknownAccount(logger, email.Trim(), ClientAddress);
            return SignInResult.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LogSucceeded(logger, user.Email, ClientAddress);
        }
        else if (result.RequiresTwoFactor)
        {
            LogPasswordAccepted(logger, user.Email, ClientAddress);
        }
        else if (result.IsLockedOut)
        {
            LogLockedOut(logger, user.Email, ClientAddress);
        }
        else
        {
            LogFailed(logger, user.Email, ClientAddress);
        }

        return result;
    }

    private string ClientAddress => signIn.Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

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
}
