namespace GameLibrary.Gateway.LoadTest;

/// <summary>Everything measured for one gateway on one query: the load result and the checks beside it.</summary>
/// <param name="Gateway">The gateway's name.</param>
/// <param name="IsOurs">Whether it is our gateway (the ratios' numerator).</param>
/// <param name="Load">Its result under load (rounds combined).</param>
/// <param name="SameResponseAsOurs">Whether its normalised response equals ours.</param>
/// <param name="SubgraphRequestsAlone">Subgraph requests for one query sent alone, when the subgraphs count them.</param>
internal sealed record GatewayMeasurement(string Gateway, bool IsOurs, LoadResult Load, bool SameResponseAsOurs, long? SubgraphRequestsAlone);
