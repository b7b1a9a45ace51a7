using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// The password and lockout rules, in one place for the web app and the create-admin command.
/// Length is what makes a password strong; composition rules only push people to predictable
/// patterns (<c>Password1!</c>), so they are off.
/// </summary>
public static class AccountPolicy
{
    public const int MinPasswordLength = 12;

    /// <summary>Long passphrases are welcome, but the form must not accept megabytes.</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>Failures from one client address for one e-mail address before that pair is refused (<see cref="SignInFailures"/>).</summary>
    public const int MaxFailedAccessAttempts = 5;

    /// <summary>
    /// Failures from anywhere before the account itself is locked for everyone: the backstop against guessing
    /// from many addresses, high enough that one address (5 failures per 15 minutes) cannot reach it.
    /// </summary>
    public const int MaxFailedAccessAttemptsPerAccount = 100;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public const int RecoveryCodeCount = 10;

    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.SignIn.RequireConfirmedEmail = false;

        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttemptsPerAccount;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
    }
}
