namespace GameLibrary.Redis;

/// <summary>How an <see cref="EmbeddedGarnetServer"/> is started.</summary>
public sealed class EmbeddedGarnetOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Directory for Garnet's append-only file, replayed at the next start so data outlives the
    /// process; <see langword="null"/> keeps everything in memory only.
    /// </summary>
    public string? DataDirectory { get; init; }
}
