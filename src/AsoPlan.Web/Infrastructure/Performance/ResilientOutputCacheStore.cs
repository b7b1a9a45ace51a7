using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// The Redis output-cache store, made harmless when Redis cannot be reached: a lookup becomes a miss (the page is
/// rendered), a store is skipped, and an eviction is logged instead of failing the save that caused it (whose data
/// is already committed). Without this, a Redis outage would turn every public page, and every approval, into an
/// error page. Entries that could not be evicted expire within <see cref="PublicPageCache.Expiry"/>.
/// </summary>
public sealed partial class ResilientOutputCacheStore(IOutputCacheStore redis, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await redis.GetAsync(key, cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            Unreachable(logger, "read", e.Message);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await redis.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            Unreachable(logger, "store", e.Message);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await redis.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            EvictionFailed(logger, tag, PublicPageCache.Expiry.TotalMinutes, e.Message);
        }
    }

    private static bool IsUnreachable(Exception e) =>
        e is RedisException or TimeoutException || (e is AggregateException all && all.InnerExceptions.All(IsUnreachable));

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Redis unreachable, output cache {Operation} skipped: {Reason}")]
    private static partial void Unreachable(ILogger logger, string operation, string reason);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Redis unreachable: cached public pages tagged {Tag} could not be evicted and may show old data for up to {Minutes} minutes: {Reason}")]
    private static partial void EvictionFailed(ILogger logger, string tag, double minutes, string reason);
}
