using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// The cookie handler builds its sign-in redirect from the request's own scheme and Host header, so
/// <c>Host: evil.example</c> would send a person to <c>http://evil.example/account/login…</c>. The portal
/// redirects within itself with a relative address instead, whatever host the request named.
/// </summary>
public static class LoginRedirects
{
    public static Task ToLoginPage(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Redirect(Relative(context.RedirectUri));
        return Task.CompletedTask;
    }

    /// <summary>The path and query of an absolute address; a relative one as it is.</summary>
    public static string Relative(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery
            : address;
}
