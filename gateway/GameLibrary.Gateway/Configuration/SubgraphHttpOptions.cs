namespace GameLibrary.Gateway.Configuration;

/// <summary>The shared, pooled HTTP client of subgraph requests (<c>Gateway:Http</c>).</summary>
internal sealed class SubgraphHttpOptions
{
    /// <summary>How long a pooled connection is reused before it is replaced, so DNS changes are picked up (default 2 min).</summary>
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an idle pooled connection is kept (default 1 min).</summary>
    public TimeSpan PooledConnectionIdleTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most connections to one subgraph at once; further requests queue (default 256).</summary>
    public int MaxConnectionsPerServer { get; set; } = 256;

    /// <summary>How long establishing a connection may take (default 5 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
