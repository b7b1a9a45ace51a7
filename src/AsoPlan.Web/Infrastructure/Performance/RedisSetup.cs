using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using StackExchange.Redis;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// Optional Redis for more than one server (<c>Redis:Configuration</c>, a StackExchange.Redis connection string;
/// docs/operations.md, Several servers). When it is set, the output cache is stored there, so an eviction made by
/// any server empties the page for all of them, and the sign-in rate limits count there
/// (<see cref="Security.SignInRateLimiting"/>), so a burst spread over the servers is limited as one. When it is
/// not set (the default) both stay inside the process: one server, nothing to install.
/// </summary>
public static class RedisSetup
{
    public static IServiceCollection AddAsoPlanRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = RedisSettings.From(configuration);
        if (settings is null)
        {
            return services;
        }

        services.AddSingleton(settings);
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(settings.Options()));
        services.AddStackExchangeRedisOutputCache(redis => redis.InstanceName = settings.KeyPrefix);
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((redis, provider) =>
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));

        // The Redis store behind one that turns an outage into cache misses (ResilientOutputCacheStore).
        var redisStore = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.AddSingleton<IOutputCacheStore>(provider => new ResilientOutputCacheStore(
            (IOutputCacheStore)(redisStore.ImplementationInstance
                ?? redisStore.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!)),
            provider.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
        return services;
    }
}

/// <summary>Where Redis is and the prefix of every key the portal writes there (several apps may share one Redis).</summary>
public sealed record RedisSettings(string Configuration, string KeyPrefix)
{
    public static RedisSettings? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connection = configuration["Redis:Configuration"];
        return string.IsNullOrWhiteSpace(connection)
            ? null
            : new RedisSettings(connection, configuration["Redis:KeyPrefix"] is { Length: > 0 } prefix ? prefix : "asoplan:");
    }

    /// <summary>
    /// The connection string's options. The app starts while Redis is still down and connects when it is up; while
    /// it is down a command fails at once instead of waiting in a backlog, so a page is rendered without the cache
    /// rather than after a timeout.
    /// </summary>
    public ConfigurationOptions Options()
    {
        var options = ConfigurationOptions.Parse(Configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }
}
