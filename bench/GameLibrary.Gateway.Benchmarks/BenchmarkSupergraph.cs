namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// The supergraph of the public federation-gateway benchmark's shape (accounts, inventory, products, reviews): the
/// engine tests' "benchmark" sample, which the load test's deep query (--deep) runs too.
/// </summary>
internal static class BenchmarkSupergraph
{
    /// <summary>Reads the sample's supergraph file.</summary>
    public static string Read() => RepositoryFile.Read("tests/GameLibrary.Federation.Tests/Supergraph/Samples/benchmark/supergraph.graphql");
}
