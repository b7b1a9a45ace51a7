using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// Sign-in and second-factor posts are limited per client address and per submitted e-mail address
/// (fixed one-minute windows), on top of the account lockout: one address cannot try many accounts,
/// and many addresses cannot hammer one account. Refused requests get 429 and the Japanese error page.
/// </summary>
public static class SignInRateLimiting
{
    private static readonly PathString[] LimitedPaths = ["/account/login", "/account/login-2fa"];

    public static IServiceCollection AddAsoPlanSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perAddress = configuration.GetValue<int?>("Security:SignInAttemptsPerMinutePerAddress") ?? 20;
        var perAccount = configuration.GetValue<int?>("Security:SignInAttemptsPerMinutePerAccount") ?? 10;
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(perAddress, context => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown")),
                Partitioned(perAccount, context => "account:" + SubmittedAccount(context)));
        });
        return services;
    }

    /// <summary>After routing; the form of a limited post is buffered first so the limiter can read the e-mail address.</summary>
    public static IApplicationBuilder UseAsoPlanSignInRateLimiting(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsLimited(context.Request) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync();
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static PartitionedRateLimiter<HttpContext> Partitioned(int permitsPerMinute, Func<HttpContext, string> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context.Request)
            ? RateLimitPartition.GetFixedWindowLimiter(key(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty));

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

    /// <summary>The 2FA step has no e-mail field; its attempts are counted per address and by the lockout.</summary>
    private static string SubmittedAccount(HttpContext context) =>
        context.Request.HasFormContentType && context.Request.Form.TryGetValue("Email", out var email)
            ? email.ToString().Trim().ToUpperInvariant()
            : "-";
}
