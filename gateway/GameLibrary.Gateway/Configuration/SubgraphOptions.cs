namespace GameLibrary.Gateway.Configuration;

/// <summary>Settings of one subgraph (<c>Gateway:Subgraphs:&lt;name&gt;</c>).</summary>
internal sealed class SubgraphOptions
{
    /// <summary>Replaces the URL the supergraph names for this subgraph (how the apphost and compose.yaml point the gateway at the services).</summary>
    public Uri? Url { get; set; }

    /// <summary>Replaces <see cref="GatewayOptions.SubgraphTimeout"/> for this subgraph.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Replaces <see cref="GatewayOptions.DeduplicateQueries"/> for this subgraph.</summary>
    public bool? DeduplicateQueries { get; set; }

    /// <summary>Replaces <see cref="GatewayOptions.BatchEntityFetches"/> for this subgraph.</summary>
    public bool? BatchEntityFetches { get; set; }
}
