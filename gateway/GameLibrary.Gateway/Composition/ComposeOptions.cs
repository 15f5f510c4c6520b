namespace GameLibrary.Gateway.Composition;

/// <summary>
/// Composing the supergraph at start-up from the subgraphs' <c>_service { sdl }</c> (<c>Gateway:Compose</c>), instead of
/// serving a supergraph file. The subgraphs are the <c>Gateway:Subgraphs:&lt;name&gt;:Url</c> entries.
/// </summary>
internal sealed class ComposeOptions
{
    public const string SectionName = "Gateway:Compose";

    /// <summary>Whether to compose when no supergraph file is configured (default false).</summary>
    public bool Enabled { get; set; }

    /// <summary>How often the subgraphs are asked for their SDL; a change is recomposed and swapped in (default 10 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a subgraph is asked again while no supergraph has composed yet: the shorter of this and <see cref="PollInterval"/>.</summary>
    public static TimeSpan StartupRetryInterval { get; } = TimeSpan.FromSeconds(1);
}
