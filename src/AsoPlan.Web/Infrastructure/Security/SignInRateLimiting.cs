using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// Sign-in and second-factor posts are limited per client address and per submitted e-mail address
/// (fixed one-minute windows), on top of the account lockout: one address cannot try many accounts,
/// and many addresses cannot hammer one account. The only password reset, the administrator's form,
/// is limited the same way (per address and per account reset), counted apart from sign-ins.
/// Refused requests get 429 and the Japanese error page.
/// </summary>
public static class SignInRateLimiting
{
    private static readonly PathString[] SignInPaths = ["/account/login", "/account/login-2fa"];

    private static readonly PathString PasswordResetPrefix = "/admin/accounts";

    public static IServiceCollection AddAsoPlanSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perAddress = configuration.GetValue<int?>("Security:SignInAttemptsPerMinutePerAddress") ?? 20;
        var perAccount = configuration.GetValue<int?>("Security:SignInAttemptsPerMinutePerAccount") ?? 10;
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(perAddress, (context, kind) => $"{kind}:ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}"),
                Partitioned(perAccount, (context, kind) => $"{kind}:account:{TargetAccount(context, kind)}"));
        });
        return services;
    }

    /// <summary>After routing; the form of a sign-in post is buffered first so the limiter can read the e-mail address.</summary>
    public static IApplicationBuilder UseAsoPlanSignInRateLimiting(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (KindOf(context.Request) == Kind.SignIn && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync();
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    private enum Kind
    {
        None,
        SignIn,
        PasswordReset,
    }

    private static PartitionedRateLimiter<HttpContext> Partitioned(int permitsPerMinute, Func<HttpContext, Kind, string> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => KindOf(context.Request) is var kind and not Kind.None
            ? RateLimitPartition.GetFixedWindowLimiter(key(context, kind), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty));

    private static Kind KindOf(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return Kind.None;
        }

        if (SignInPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)))
        {
            return Kind.SignIn;
        }

        return ResetAccountId(request) is null ? Kind.None : Kind.PasswordReset;
    }

    /// <summary>The account id of <c>POST /admin/accounts/{id}/password</c>, else null.</summary>
    private static string? ResetAccountId(HttpRequest request) =>
        request.Path.StartsWithSegments(PasswordResetPrefix, StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value?.Trim('/').Split('/') is [{ Length: > 0 } id, var action]
        && action.Equals("password", StringComparison.OrdinalIgnoreCase)
            ? id
            : null;

    /// <summary>
    /// Sign-in: the e-mail address typed (the 2FA step has none; its attempts are counted per address and
    /// by the lockout). Password reset: the account being reset.
    /// </summary>
    private static string TargetAccount(HttpContext context, Kind kind) => kind switch
    {
        Kind.PasswordReset => ResetAccountId(context.Request) ?? "-",
        _ when context.Request.HasFormContentType && context.Request.Form.TryGetValue("Email", out var email) => email.ToString().Trim().ToUpperInvariant(),
        _ => "-",
    };
}
