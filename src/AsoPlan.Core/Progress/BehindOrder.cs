namespace AsoPlan.Core.Progress;

/// <summary>
/// Orders results from the furthest behind: lowest band first; within a band, values worse than
/// the baseline first, then the smallest share of the expected path. A missed threshold has no
/// share of a path and counts as 0 (nothing of the promise kept), a met one as 1.
/// </summary>
public static class BehindOrder
{
    public static IOrderedEnumerable<T> FurthestBehindFirst<T>(this IEnumerable<T> items, Func<T, Achievement> result)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(result);
        return items
            .OrderBy(item => result(item).Rating)
            .ThenByDescending(item => result(item).WorseThanBaseline)
            .ThenBy(item => Standing(result(item)));
    }

    /// <summary>The number the band was applied to, or 0/1 for a threshold missed/met.</summary>
    public static decimal Standing(Achievement result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.ShareOfPath ?? (result.ThresholdMet == true ? 1m : 0m);
    }
}
