using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Execution;

/// <summary>Where each subgraph is reached (an override from the options, else the supergraph's URL) and its timeout.</summary>
internal sealed class SubgraphEndpoints
{
    private readonly Dictionary<string, Uri> _urls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _timeouts = new(StringComparer.Ordinal);

    public SubgraphEndpoints(SupergraphSchema schema, FederationGatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var subgraph in schema.Subgraphs)
        {
            if (options.SubgraphUrls.TryGetValue(subgraph.Name, out var url))
            {
                _urls[subgraph.Name] = url;
            }
            else if (Uri.TryCreate(subgraph.Url, UriKind.Absolute, out var composed))
            {
                _urls[subgraph.Name] = composed;
            }

            _timeouts[subgraph.Name] = options.SubgraphTimeouts.TryGetValue(subgraph.Name, out var timeout) ? timeout : options.SubgraphTimeout;
        }
    }

    /// <summary>The subgraph's URL, if it has a valid one.</summary>
    public Uri? Url(string subgraph) => _urls.GetValueOrDefault(subgraph);

    /// <summary>How long one request to the subgraph may take (for subscriptions: until the subscription is acknowledged).</summary>
    public TimeSpan Timeout(string subgraph) => _timeouts.GetValueOrDefault(subgraph, System.Threading.Timeout.InfiniteTimeSpan);
}
