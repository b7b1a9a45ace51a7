using System.Collections.Concurrent;

namespace AsoPlan.Web.Features.Review;

/// <summary>
/// The computed dashboards of this process, one per year (and one for "no year asked"), kept for as long as the
/// database's <see cref="AsoPlan.Data.Caching.VersionMarker.PlanProgress"/> keeps the value they were computed
/// under. A request that brings another value starts a new generation, so a change made through any server is
/// seen on the next request. A page is computed once however many requests ask for it at the same time.
/// </summary>
public sealed class DashboardCache
{
    private Generation current = new(Guid.Empty);

    /// <summary>
    /// The page kept for (<paramref name="version"/>, <paramref name="key"/>), or the one <paramref name="compute"/>
    /// makes. <paramref name="compute"/> is called with the caller's own services; it runs to its end even if this
    /// caller gives up, because other requests may be waiting for it.
    /// </summary>
    public async Task<DashboardPage> GetAsync(Guid version, int key, Func<Task<DashboardPage>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var generation = For(version);
        var mine = new Lazy<Task<DashboardPage>>(compute);
        var page = generation.Pages.GetOrAdd(key, mine);
        if (!ReferenceEquals(page, mine))
        {
            return await page.Value.WaitAsync(cancellationToken);
        }

        try
        {
            return await mine.Value;
        }
        catch
        {
            generation.Pages.TryRemove(new KeyValuePair<int, Lazy<Task<DashboardPage>>>(key, mine));
            throw;
        }
    }

    private Generation For(Guid version)
    {
        var seen = Volatile.Read(ref current);
        if (seen.Version == version)
        {
            return seen;
        }

        // A request that read an older value than another may put its generation back for a moment; the next
        // request with the newer value replaces it again. Each page is only ever served under its own value.
        var fresh = new Generation(version);
        var installed = Interlocked.CompareExchange(ref current, fresh, seen);
        return ReferenceEquals(installed, seen) || installed.Version != version ? fresh : installed;
    }

    private sealed record Generation(Guid Version)
    {
        public ConcurrentDictionary<int, Lazy<Task<DashboardPage>>> Pages { get; } = new();
    }
}
