using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// Which subgraphs get the entity fetches a plan runs at the same step sent as one request (ADR 0016): set per
/// gateway from <see cref="FederationGatewayOptions.BatchEntityFetches"/> and its per-subgraph overrides.
/// </summary>
internal sealed class EntityFetchBatching
{
    private readonly IReadOnlySet<string>? _subgraphs;

    private EntityFetchBatching(IReadOnlySet<string>? subgraphs) => _subgraphs = subgraphs;

    /// <summary>Batching for every subgraph (the default).</summary>
    public static EntityFetchBatching Everywhere { get; } = new(null);

    /// <summary>No batching: one request per entity fetch.</summary>
    public static EntityFetchBatching Nowhere { get; } = new(new HashSet<string>());

    /// <summary>The batching the options ask for on this supergraph's subgraphs.</summary>
    public static EntityFetchBatching From(SupergraphSchema schema, FederationGatewayOptions options)
    {
        var subgraphs = schema.Subgraphs
            .Select(s => s.Name)
            .Where(name => options.SubgraphEntityFetchBatching.TryGetValue(name, out var enabled) ? enabled : options.BatchEntityFetches)
            .ToHashSet(StringComparer.Ordinal);
        return subgraphs.Count == schema.Subgraphs.Count ? Everywhere : new EntityFetchBatching(subgraphs);
    }

    /// <summary>Whether same-step entity fetches to <paramref name="subgraph"/> are batched.</summary>
    public bool AppliesTo(string subgraph) => _subgraphs is null || _subgraphs.Contains(subgraph);
}
