namespace GameLibrary.Subgraph.Toolkit.Hosting;

/// <summary>What distinguishes one subgraph host from another.</summary>
/// <param name="Name">The subgraph's name (<c>catalog</c>, <c>users</c>, …): the telemetry service name and the port variable's prefix.</param>
/// <param name="DefaultPort">The port served on when neither <c>--port</c>, <see cref="PortVariable"/> nor <c>Urls</c> is set.</param>
public sealed record SubgraphDescriptor(string Name, int DefaultPort)
{
    /// <summary>The subgraph's name.</summary>
    public string Name { get; } = !string.IsNullOrWhiteSpace(Name) && Name.All(char.IsAsciiLetterOrDigit)
        ? Name
        : throw new ArgumentException("A subgraph name is a non-empty run of ASCII letters and digits.", nameof(Name));

    /// <summary>The default port.</summary>
    public int DefaultPort { get; } = DefaultPort is > 0 and <= 65535
        ? DefaultPort
        : throw new ArgumentOutOfRangeException(nameof(DefaultPort), DefaultPort, "A port is between 1 and 65535.");

    /// <summary>The configuration key (environment variable) with the port, e.g. <c>CATALOG_PORT</c>.</summary>
    public string PortVariable => $"{Name.ToUpperInvariant()}_PORT";
}
