namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// The supergraph Apollo's composition built for the interop tests (products, reviews, inventory, accounts):
/// the same graph the load test runs, so the two measurements describe one workload.
/// </summary>
internal static class InteropSupergraph
{
    /// <summary>Reads the interop tests' supergraph file.</summary>
    public static string Read() => RepositoryFile.Read("tests/GameLibrary.Gateway.ApolloInterop.Tests/node-subgraphs/supergraph.graphql");
}
