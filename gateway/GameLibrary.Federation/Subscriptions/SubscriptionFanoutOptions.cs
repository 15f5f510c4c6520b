namespace GameLibrary.Federation.Subscriptions;

/// <summary>How identical subscriptions share one upstream subscription and how slow subscribers are treated.</summary>
public sealed class SubscriptionFanoutOptions
{
    /// <summary>
    /// Whether identical subscriptions (same document, operation, variables and forwarded headers) share one
    /// upstream subscription and one completion per event (default true). Off: every client subscription opens
    /// its own, as before.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How many events may wait for one subscriber (default 32). A subscriber that falls further behind is
    /// coalesced (for <see cref="CoalescedFields"/>) or ended with <c>SUBSCRIPTION_OVERFLOW</c>.
    /// </summary>
    public int QueueCapacity { get; set; } = 32;

    /// <summary>
    /// Subscription root fields whose events are whole snapshots (a board, a counter), by field name (e.g.
    /// <c>leaderboardUpdated</c>): when a subscriber's queue is full the oldest queued event is dropped and the
    /// newest kept, since the newest snapshot supersedes it. Every other field is a stream of changes, where
    /// losing an event silently would be wrong, so an overflowing subscriber gets an error and is completed.
    /// </summary>
    public ISet<string> CoalescedFields { get; } = new HashSet<string>(StringComparer.Ordinal);
}
