using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// A staff session ends after 30 minutes without a request (the cookie's sliding expiry) and, however
/// active, 12 hours after the password was entered. The sign-in time is kept in the ticket's properties,
/// which survive sliding renewal and the security stamp refresh (unlike IssuedUtc, which both reset).
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    private const string SignedInItem = "asoplan:signed_in_utc";

    public static void Apply(CookieAuthenticationOptions cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        cookie.ExpireTimeSpan = IdleTimeout;
        cookie.SlidingExpiration = true;

        var signingIn = cookie.Events.OnSigningIn;
        cookie.Events.OnSigningIn = context =>
        {
            if (!context.Properties.Items.ContainsKey(SignedInItem))
            {
                context.Properties.Items[SignedInItem] = Now(context.Options).ToString("O", CultureInfo.InvariantCulture);
            }

            return signingIn(context);
        };

        var stampCheck = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (IsTooOld(context.Properties, Now(context.Options)))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await stampCheck(context);
        };
    }

    /// <summary>A ticket without the sign-in time (issued before this rule) is treated as too old.</summary>
    public static bool IsTooOld(AuthenticationProperties properties, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return !properties.Items.TryGetValue(SignedInItem, out var value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedIn)
            || now - signedIn >= AbsoluteLifetime;
    }

    private static DateTimeOffset Now(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
}
