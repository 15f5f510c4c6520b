namespace GameLibrary.Gateway.LoadTest.Soak;

/// <summary>How long and how hard the soak loads the platform, and what growth it tolerates.</summary>
/// <param name="Duration">How long the load runs.</param>
/// <param name="SampleInterval">How often memory and error counts are sampled (one table row each).</param>
/// <param name="Readers">Closed-loop clients sending queries that span the subgraphs.</param>
/// <param name="Writers">Closed-loop clients submitting scores.</param>
/// <param name="Subscribers">Live leaderboard subscriptions held for the whole run.</param>
/// <param name="ThinkTime">Each client's pause between two requests: a steady load that leaves the machine room to breathe.</param>
internal sealed record SoakSettings(TimeSpan Duration, TimeSpan SampleInterval, int Readers = 6, int Writers = 2, int Subscribers = 20, TimeSpan ThinkTime = default)
{
    /// <summary>
    /// Growth allowed for each process between the end of the warm-up (the first fifth of the run) and the end: this
    /// fraction of its warmed-up resident memory…
    /// </summary>
    public const double MemoryGrowthFraction = 0.25;

    /// <summary>…plus this many bytes (a GC heap that has not settled its gen-2 budget yet, pooled buffers).</summary>
    public const long MemoryGrowthSlack = 64L * 1024 * 1024;

    /// <summary>Games the writers and subscribers use (the catalog is seeded with them).</summary>
    public const int Games = 10;

    /// <summary>Players the writers sign in as.</summary>
    public const int Players = 8;

    /// <summary>The CI version: 60 seconds, a row every 6 seconds.</summary>
    public static SoakSettings Short { get; } = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(6), ThinkTime: TimeSpan.FromMilliseconds(20));

    /// <summary>The part of the run whose growth is not counted: caches fill, the JIT tiers up, connection pools open.</summary>
    public TimeSpan Warmup => Duration / 5;
}
