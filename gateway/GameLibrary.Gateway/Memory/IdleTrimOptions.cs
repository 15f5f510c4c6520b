namespace GameLibrary.Gateway.Memory;

/// <summary>
/// Returning the managed heap's spare memory to the operating system once the gateway has grown and then gone quiet
/// (<c>Gateway:IdleTrim</c>; ADR 0019).
/// </summary>
internal sealed class IdleTrimOptions
{
    /// <summary>Whether the gateway trims its heap when quiet (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long allocation must stay below <see cref="QuietAllocationRate"/> before a trim (default 5 s).</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Bytes allocated per second at or below which the gateway counts as quiet (default 1 MiB).</summary>
    public long QuietAllocationRate { get; set; } = 1L << 20;

    /// <summary>How much the GC's committed memory must have grown since the start or the last trim (default 64 MiB).</summary>
    public long MinimumGrowth { get; set; } = 64L << 20;

    /// <summary>The least time between two trims (default 1 minute).</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(1);
}
