namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// The supergraph Apollo's composition built for the interop tests (products, reviews, inventory, accounts):
/// the same graph the load test runs, so the two measurements describe one workload.
/// </summary>
internal static class InteropSupergraph
{
    private const string RelativePath = "tests/GameLibrary.Gateway.ApolloInterop.Tests/node-subgraphs/supergraph.graphql";

    /// <summary>Reads the file, found by walking up from the benchmark's folder to the repository root.</summary>
    public static string Read()
    {
        // BenchmarkDotNet runs each benchmark in a generated project below bin/, still inside the repository.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GameLibrary.sln")))
            {
                return File.ReadAllText(Path.Combine(folder.FullName, RelativePath));
            }
        }

        throw new FileNotFoundException($"No GameLibrary.sln above {AppContext.BaseDirectory}; cannot find {RelativePath}.");
    }
}
