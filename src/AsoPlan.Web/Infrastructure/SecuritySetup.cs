using AsoPlan.Data;
using AsoPlan.Data.Identity;
using AsoPlan.Web.Features.Accounts;
using AsoPlan.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AsoPlan.Web.Infrastructure;

/// <summary>Identity with roles on the one context, and deny-by-default authorization.</summary>
public static class SecuritySetup
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";

    public const string AccessDeniedPath = "/account/access-denied";

    public static IServiceCollection AddAsoPlanSecurity(this IServiceCollection services)
    {
        services
            .AddIdentity<AppUser, IdentityRole>(AccountPolicy.Apply)
            .AddEntityFrameworkStores<AsoPlanDbContext>()
            .AddErrorDescriber<JapaneseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<AccountClaims>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider under the same name: each code is accepted once.
            .AddTokenProvider<OneUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        // A sign-out, lock, password reset or role change reaches every signed-in session on its next request.
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionCheck>());
        services.AddAccountsFeature();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = LogoutPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            SessionLifetime.Apply(cookie);

            // Relative, so a forged Host header cannot send anyone to another site.
            cookie.Events.OnRedirectToLogin = LoginRedirects.ToLoginPage;

            // A signed-in user without the right gets 403 and the Japanese page in place, not a redirect:
            // the address stays, and tests and the authorization matrix see the real status.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAsoPlanCookieSecurity();

        // Deny by default: every endpoint needs a signed-in user unless it opts out with [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        return services;
    }
}
