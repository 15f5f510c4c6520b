using System.Globalization;
using BenchmarkDotNet.Attributes;
using GameLibrary.Federation;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// Issue #13's page of our own graph, in process on schema/supergraph.graphql with canned subgraph answers:
/// 100 games with genres and platforms from catalog, with and without <c>averageRating</c> (one users
/// <c>_entities</c> fetch of 100 games).
/// </summary>
[MemoryDiagnoser]
public class OwnGraphBenchmarks
{
    private const int Games = 100;
    private const string WithoutRating = "{ games(first: 100) { edges { node { title genres { name } platforms { name } } } } }";
    private const string WithRating = "{ games(first: 100) { edges { node { title genres { name } platforms { name } averageRating } } } }";

    private readonly ResultSink _sink = new(64 * 1024);
    private readonly CannedSubgraphs _subgraphs = new();
    private HttpClient _http = null!;
    private FederationGateway _gateway = null!;
    private GatewayRequest _request = null!;

    /// <summary>Whether the page asks for averageRating (an entity fetch to users).</summary>
    [Params(false, true)]
    public bool AverageRating { get; set; }

    /// <summary>Starts the gateway on canned catalog and users answers and checks one response.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(_subgraphs);
        var options = new FederationGatewayOptions { HttpClient = _http };
        foreach (var subgraph in new[] { "catalog", "users", "scoreboard", "recommendations" })
        {
            options.SubgraphUrls[subgraph] = new Uri($"http://{subgraph}.invalid/graphql");
        }

        _gateway = FederationGateway.Load(RepositoryFile.Read("schema/supergraph.graphql"), options);
        _request = new GatewayRequest(AverageRating ? WithRating : WithoutRating);
        var nodes = Enumerable.Range(1, Games).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $$$"""{"node":{"title":"Game {{{i}}}","genres":[{"name":"Action"},{"name":"RPG"}],"platforms":[{"name":"PC"},{"name":"Switch"},{"name":"PS5"}],"__typename":"Game","id":"{{{i}}}"}}"""));
        _subgraphs.Answer("catalog", $$$$"""{"data":{"games":{"edges":[{{{{string.Join(',', nodes)}}}}]}}}""");
        var ratings = Enumerable.Range(1, Games).Select(i => "{\"averageRating\":" + (5 + (i % 10 / 4.0)).ToString(CultureInfo.InvariantCulture) + "}");
        _subgraphs.Answer("users", $$$"""{"data":{"_entities":[{{{string.Join(',', ratings)}}}]}}""");

        _sink.Write(_gateway.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult());
        string json = _sink.Json;
        if (json.Contains("\"errors\"", StringComparison.Ordinal) || !json.Contains("\"title\":\"Game 100\"", StringComparison.Ordinal)
            || json.Contains("averageRating", StringComparison.Ordinal) != AverageRating)
        {
            throw new InvalidOperationException($"The page does not answer as expected: {json}");
        }
    }

    /// <summary>Releases the gateway and its client.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _gateway.Dispose();
        _http.Dispose();
        _sink.Dispose();
    }

    /// <summary>The page: prepare, fetch(es), merge, write.</summary>
    [Benchmark(Description = "games(first: 100) page")]
    public async Task<int> Page() => _sink.Write(await _gateway.ExecuteAsync(_request).ConfigureAwait(false));

}
