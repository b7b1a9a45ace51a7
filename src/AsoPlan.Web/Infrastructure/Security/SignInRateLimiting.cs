using System.Threading.RateLimiting;
using AsoPlan.Web.Infrastructure.Performance;
using Microsoft.AspNetCore.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// Every post that checks a password or a code (sign-in, second factor, password change, turning two-factor
/// sign-in off) is limited per client address (fixed one-minute windows, IPv6 by /64): one address cannot try
/// many accounts quickly. Not per account: that would let anyone block a person's sign-in from everywhere;
/// guessing one account is bounded by the failure counts instead (<see cref="AsoPlan.Web.Features.Accounts.SignInFailures"/>, the
/// account-wide lockout). The only password reset, the administrator's form, is limited per address and per
/// account reset, counted apart. A citizen's opinion (<c>POST /measures/{n}/opinions</c>, no account) is limited per
/// client address on its own counters, a minute's and a day's, so a flood from one address is refused while every
/// other sender goes on as before; nothing about the address is stored. Refused requests get 429 and the Japanese
/// error page. With Redis configured the windows are counted there, so the limits hold across servers behind a load balancer.
/// </summary>
public static class SignInRateLimiting
{
    private static readonly PathString[] SignInPaths = ["/account/login", "/account/login-2fa", "/account/password", "/account/two-factor/disable"];

    private static readonly PathString PasswordResetPrefix = "/admin/accounts";

    private static readonly PathString MeasuresPrefix = "/measures";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>A person writes an opinion in minutes; three a minute leaves room for a family sharing one line.</summary>
    public const int DefaultOpinionsPerMinute = 3;

    /// <summary>A day's ceiling for one address (a household, an office behind one address, a public library).</summary>
    public const int DefaultOpinionsPerDay = 30;

    public static IServiceCollection AddAsoPlanSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perAddress = configuration.GetValue<int?>("Security:SignInAttemptsPerMinutePerAddress") ?? 20;
        var perAccount = configuration.GetValue<int?>("Security:SignInAttemptsPerMinutePerAccount") ?? 10;
        var opinionsPerMinute = configuration.GetValue<int?>("Security:OpinionsPerMinutePerAddress") ?? DefaultOpinionsPerMinute;
        var opinionsPerDay = configuration.GetValue<int?>("Security:OpinionsPerDayPerAddress") ?? DefaultOpinionsPerDay;
        services.AddRateLimiter(limiter => limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddOptions<RateLimiterOptions>().Configure<IServiceProvider>((limiter, provider) =>
        {
            var window = Windows(provider);
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(window, perAddress, Window, kind => kind != Kind.Opinion, (context, kind) => $"{kind}:ip:{ClientAddress.Key(context)}"),
                Partitioned(window, perAccount, Window, kind => kind == Kind.PasswordReset, (context, kind) => $"{kind}:account:{ResetAccountId(context.Request)}"),
                Partitioned(window, opinionsPerMinute, Window, kind => kind == Kind.Opinion, (context, kind) => $"{kind}:minute:ip:{ClientAddress.Key(context)}"),
                Partitioned(window, opinionsPerDay, Day, kind => kind == Kind.Opinion, (context, kind) => $"{kind}:day:ip:{ClientAddress.Key(context)}"));
        });
        return services;
    }

    /// <summary>
    /// Fixed windows counted in this process, or in Redis when it is configured (<see cref="RedisSettings"/>),
    /// so that every server counts the same window (RedisRateLimiting, decision 2102).
    /// </summary>
    private static Func<string, int, TimeSpan, RateLimitPartition<string>> Windows(IServiceProvider provider) =>
        provider.GetService<RedisSettings>() is { } redis
            ? (key, permits, length) => RedisRateLimitPartition.GetFixedWindowRateLimiter(redis.KeyPrefix + key, _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = provider.GetRequiredService<IConnectionMultiplexer>,
                PermitLimit = permits,
                Window = length,
            })
            : (key, permits, length) => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = length,
                QueueLimit = 0,
            });

    /// <summary>After routing.</summary>
    public static IApplicationBuilder UseAsoPlanSignInRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();

    private enum Kind
    {
        None,
        SignIn,
        PasswordReset,
        Opinion,
    }

    private static PartitionedRateLimiter<HttpContext> Partitioned(
        Func<string, int, TimeSpan, RateLimitPartition<string>> window, int permits, TimeSpan length, Func<Kind, bool> applies, Func<HttpContext, Kind, string> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => KindOf(context.Request) is var kind and not Kind.None && applies(kind)
            ? window(key(context, kind), permits, length)
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

        if (IsOpinionPost(request.Path))
        {
            return Kind.Opinion;
        }

        return ResetAccountId(request) is null ? Kind.None : Kind.PasswordReset;
    }

    /// <summary><c>/measures/{number}/opinions</c>: a citizen's opinion.</summary>
    public static bool IsOpinionPost(PathString path) =>
        path.StartsWithSegments(MeasuresPrefix, StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value?.Trim('/').Split('/') is [{ Length: > 0 } number, var action]
        && number.All(char.IsAsciiDigit)
        && action.Equals("opinions", StringComparison.OrdinalIgnoreCase);

    /// <summary>The account id of <c>POST /admin/accounts/{id}/password</c>, else null.</summary>
    private static string? ResetAccountId(HttpRequest request) =>
        request.Path.StartsWithSegments(PasswordResetPrefix, StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value?.Trim('/').Split('/') is [{ Length: > 0 } id, var action]
        && action.Equals("password", StringComparison.OrdinalIgnoreCase)
            ? id
            : null;
}
