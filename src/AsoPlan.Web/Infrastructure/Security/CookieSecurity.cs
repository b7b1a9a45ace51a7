using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// Cookie names and the Secure flag follow <see cref="SecurityOptions.RequireHttps"/>: over TLS the cookies are
/// <c>__Host-</c> and always Secure; on plain-http loopback (development, tests) they keep a plain name and are
/// Secure whenever the request is.
/// </summary>
public static class CookieSecurity
{
    public static IServiceCollection AddAsoPlanCookieSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.AddAsoPlanTransportSecurity();

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IConfiguration>((cookie, configuration) => Apply(cookie.Cookie, SecurityOptions.From(configuration), isAuth: true));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<IConfiguration>((cookie, configuration) => Apply(cookie.Cookie, SecurityOptions.From(configuration), isAuth: false));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IConfiguration>((antiforgery, configuration) =>
            {
                var security = SecurityOptions.From(configuration);
                antiforgery.Cookie.Name = security.AntiforgeryCookieName;
                antiforgery.Cookie.SecurePolicy = security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                antiforgery.Cookie.SameSite = SameSiteMode.Strict;
                antiforgery.Cookie.HttpOnly = true;
            });
        services.AddOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>()
            .Configure<IConfiguration>((tempData, configuration) =>
            {
                var security = SecurityOptions.From(configuration);
                tempData.Cookie.Name = security.RequireHttps ? "__Host-AsoPlan.TempData" : "AsoPlan.TempData";
                Apply(tempData.Cookie, security, isAuth: false);
            });
        return services;
    }

    private static void Apply(CookieBuilder cookie, SecurityOptions security, bool isAuth)
    {
        if (isAuth)
        {
            cookie.Name = security.AuthCookieName;
        }

        cookie.HttpOnly = true;
        cookie.SecurePolicy = security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/"; // required by the __Host- prefix
    }
}
