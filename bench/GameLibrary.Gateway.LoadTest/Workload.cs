namespace GameLibrary.Gateway.LoadTest;

/// <summary>What one run serves and sends: Node subgraphs, the supergraph both gateways load, the queries.</summary>
/// <param name="NodeSubgraphs">The folder whose <c>serve.mjs &lt;name&gt;</c> serves each subgraph.</param>
/// <param name="Supergraph">The supergraph file both gateways serve.</param>
/// <param name="Subgraphs">The subgraph names.</param>
/// <param name="Queries">The queries measured, one after the other.</param>
/// <param name="CountsRequests">Whether the subgraphs count requests (<c>GET /requests</c>, reset with <c>DELETE</c>).</param>
internal sealed record Workload(string NodeSubgraphs, string Supergraph, IReadOnlyList<string> Subgraphs, IReadOnlyList<LoadQuery> Queries, bool CountsRequests)
{
    /// <summary>The Apollo interop tests' subgraphs and the three small queries.</summary>
    public static Workload Interop(RepositoryPaths paths) =>
        new(paths.NodeSubgraphs, paths.Supergraph, ["accounts", "products", "reviews", "inventory"], LoadQuery.All, CountsRequests: false);

    /// <summary>The public federation-gateway benchmark's shape and its deep query (#13).</summary>
    public static Workload Benchmark(RepositoryPaths paths) =>
        new(paths.BenchmarkSubgraphs, paths.BenchmarkSupergraph, ["accounts", "inventory", "products", "reviews"], [LoadQuery.Deep], CountsRequests: true);
}
