using System.Collections.Concurrent;

using Microsoft.Extensions.Options;

namespace GameLibrary.Users.Accounts;

/// <summary>
/// Counts failed logins per account and per client address in memory, over a sliding window, and refuses further
/// attempts once either count reaches its limit. In memory because one instance serves the subgraph today; each
/// replica would keep its own counts (see the users ADR).
/// </summary>
/// <param name="options">The limits.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class LoginThrottle(IOptions<UsersOptions> options, TimeProvider timeProvider)
{
    /// <summary>Above this many tracked accounts and addresses, expired ones are swept so guessing many names cannot grow memory without bound.</summary>
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    private LoginThrottlingOptions Limits => options.Value.LoginThrottling;

    /// <summary>Whether another attempt for the account from the address is allowed now.</summary>
    /// <param name="account">The normalized username or email the caller tries.</param>
    /// <param name="clientAddress">The caller's address.</param>
    /// <returns><see langword="false"/> when either limit is reached.</returns>
    public bool IsAllowed(string account, string clientAddress)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        return Count(AccountKey(account), now) < Limits.MaxFailuresPerAccount
            && Count(AddressKey(clientAddress), now) < Limits.MaxFailuresPerAddress;
    }

    /// <summary>Records a failed attempt against both the account and the address.</summary>
    /// <param name="account">The normalized username or email the caller tried.</param>
    /// <param name="clientAddress">The caller's address.</param>
    public void RecordFailure(string account, string clientAddress)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        if (_failures.Count > SweepThreshold)
        {
            Sweep(now);
        }

        Add(AccountKey(account), now);
        Add(AddressKey(clientAddress), now);
    }

    /// <summary>Forgets the account's failures after a successful login; the address keeps its count.</summary>
    /// <param name="account">The normalized username or email that logged in.</param>
    public void RecordSuccess(string account) => _failures.TryRemove(AccountKey(account), out _);

    private static string AccountKey(string account) => "account:" + account;

    private static string AddressKey(string clientAddress) => "address:" + clientAddress;

    private int Count(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out Queue<DateTimeOffset>? times))
        {
            return 0;
        }

        lock (times)
        {
            Expire(times, now);
            return times.Count;
        }
    }

    private void Add(string key, DateTimeOffset now)
    {
        Queue<DateTimeOffset> times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Expire(times, now);
            times.Enqueue(now);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (KeyValuePair<string, Queue<DateTimeOffset>> entry in _failures)
        {
            lock (entry.Value)
            {
                Expire(entry.Value, now);
                if (entry.Value.Count == 0)
                {
                    // Removes only this queue: a key re-added meanwhile keeps its new queue.
                    ((ICollection<KeyValuePair<string, Queue<DateTimeOffset>>>)_failures).Remove(entry);
                }
            }
        }
    }

    private void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && now - times.Peek() >= Limits.Window)
        {
            times.Dequeue();
        }
    }
}
