namespace GameLibrary.Gateway.Configuration;

/// <summary>How the supergraph file is watched for changes (<c>Gateway:Watch</c>).</summary>
internal sealed class SupergraphWatchOptions
{
    /// <summary>
    /// How often the file's size and modification time are compared, for the changes file-system
    /// events miss (network and container mounts, symlink swaps of Kubernetes ConfigMaps). Default 5 s.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the file must stay quiet after a change before it is loaded, so a half-written file is not read (default 250 ms).</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(250);
}
