namespace GameLibrary.Gateway.LoadTest;

/// <summary>Where the harness finds the repository's files, by walking up from its own folder.</summary>
internal sealed class RepositoryPaths
{
    private RepositoryPaths(string root) => Root = root;

    /// <summary>The folder holding GameLibrary.sln.</summary>
    public string Root { get; }

    /// <summary>The Node subgraphs of the Apollo interop tests (serve.mjs, supergraph.graphql).</summary>
    public string NodeSubgraphs => Path.Combine(Root, "tests", "GameLibrary.Gateway.ApolloInterop.Tests", "node-subgraphs");

    /// <summary>The supergraph both gateways serve.</summary>
    public string Supergraph => Path.Combine(NodeSubgraphs, "supergraph.graphql");

    /// <summary>The benchmark-shaped Node subgraphs of the deep query (serve.mjs, its own package.json).</summary>
    public string BenchmarkSubgraphs => Path.Combine(Root, "bench", "GameLibrary.Gateway.LoadTest", "benchmark-subgraphs");

    /// <summary>Their supergraph: the engine tests' "benchmark" sample, composed by @apollo/composition.</summary>
    public string BenchmarkSupergraph => Path.Combine(Root, "tests", "GameLibrary.Federation.Tests", "Supergraph", "Samples", "benchmark", "supergraph.graphql");

    /// <summary>The peer gateways' Node package (peers/package.json: Apollo's, Hive's and Grafbase's gateways).</summary>
    public string PeerGateways => Path.Combine(Root, "bench", "GameLibrary.Gateway.LoadTest", "peers");

    /// <summary>Our gateway host's project.</summary>
    public string GatewayProject => Path.Combine(Root, "gateway", "GameLibrary.Gateway", "GameLibrary.Gateway.csproj");

    /// <summary>Our gateway host's Release build output.</summary>
    public string GatewayAssembly => Path.Combine(Root, "gateway", "GameLibrary.Gateway", "bin", "Release", "net10.0", "GameLibrary.Gateway.dll");

    /// <summary>Finds the repository above the harness's folder.</summary>
    public static RepositoryPaths Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GameLibrary.sln")))
            {
                return new RepositoryPaths(folder.FullName);
            }
        }

        throw new InvalidOperationException($"No GameLibrary.sln above {AppContext.BaseDirectory}.");
    }
}
