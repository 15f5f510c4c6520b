namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// The supergraph of the public federation-gateway benchmark's shape (accounts, inventory, products, reviews): the
/// engine tests' "benchmark" sample, which the load test's deep query (--deep) runs too.
/// </summary>
internal static class BenchmarkSupergraph
{
    private const string RelativePath = "tests/GameLibrary.Federation.Tests/Supergraph/Samples/benchmark/supergraph.graphql";

    /// <summary>Reads the file, found by walking up from the benchmark's folder to the repository root.</summary>
    public static string Read()
    {
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
