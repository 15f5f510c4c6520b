namespace GameLibrary.Gateway.Configuration;

/// <summary>How client subscriptions share upstream subscriptions (<c>Gateway:Subscriptions</c>).</summary>
internal sealed class SubscriptionOptions
{
    /// <summary>Whether identical subscriptions share one upstream subscription and one completion per event (default true).</summary>
    public bool FanOut { get; set; } = true;

    /// <summary>How many events may wait for one slow subscriber (default 32).</summary>
    public int QueueCapacity { get; set; } = 32;

    /// <summary>How many subscriptions share one WebSocket to a subgraph (default 100).</summary>
    public int PerConnection { get; set; } = 100;

    /// <summary>
    /// Subscription root fields whose events are snapshots, so a slow subscriber keeps only the newest. Null
    /// means the default, <c>leaderboardUpdated</c> (a whole board per event); a default list would be
    /// appended to rather than replaced by the configuration binder.
    /// </summary>
    public string[]? CoalescedFields { get; set; }

    /// <summary>The coalesced fields: the configured ones, or <c>leaderboardUpdated</c>.</summary>
    public IReadOnlyList<string> Coalesced => CoalescedFields ?? ["leaderboardUpdated"];
}
