using Microsoft.Extensions.Caching.Memory;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>
/// Failed password and code checks counted per (e-mail address typed, client address): after
/// <see cref="AccountPolicy.MaxFailedAccessAttempts"/> failures that pair is refused for
/// <see cref="AccountPolicy.LockoutDuration"/>, whether or not the account exists, so the answer tells nothing
/// about which addresses have accounts, and a stranger's failures from their address never lock the
/// person out of their own. (The account-wide count in the database, with a much higher threshold, is the
/// backstop against many addresses; see docs/security.md.) Kept in memory, per instance, bounded in size.
/// </summary>
public sealed class SignInFailures(TimeProvider clock) : IDisposable
{
    private readonly MemoryCache counters = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool IsLocked(string account, string address) =>
        counters.TryGetValue(Key(account, address), out Counter? counter) && counter!.IsLocked(clock.GetUtcNow());

    /// <summary>Counts a failure; true when the pair is now refused.</summary>
    public bool RecordFailure(string account, string address)
    {
        var counter = counters.GetOrCreate(Key(account, address), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = AccountPolicy.LockoutDuration;
            return new Counter();
        })!;
        return counter.Fail(clock.GetUtcNow());
    }

    /// <summary>A success from that address for that account starts the count again.</summary>
    public void Reset(string account, string address) => counters.Remove(Key(account, address));

    public void Dispose() => counters.Dispose();

    private static string Key(string account, string address) => $"{account.Trim().ToUpperInvariant()}|{address}";

    private sealed class Counter
    {
        private readonly Lock gate = new();
        private int failures;
        private DateTimeOffset lockedUntil;

        public bool IsLocked(DateTimeOffset now)
        {
            lock (gate)
            {
                return lockedUntil > now;
            }
        }

        public bool Fail(DateTimeOffset now)
        {
            lock (gate)
            {
                if (lockedUntil > now)
                {
                    return true;
                }

                if (++failures >= AccountPolicy.MaxFailedAccessAttempts)
                {
                    failures = 0;
                    lockedUntil = now + AccountPolicy.LockoutDuration;
                    return true;
                }

                return false;
            }
        }
    }
}
