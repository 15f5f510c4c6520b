using BenchmarkDotNet.Attributes;
using GameLibrary.Federation;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// The public federation-gateway benchmark's deep query in process, subgraphs answered in memory
/// (<see cref="BenchmarkSubgraphs"/>), with entity fetch batching on (7 subgraph requests) and off (13).
/// </summary>
[MemoryDiagnoser]
public class DeepQueryBenchmarks
{
    private const string Query = """
        fragment User on User { id username name }
        fragment Review on Review { id body }
        fragment Product on Product { inStock name price shippingEstimate upc weight }
        query TestQuery {
          users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
          topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
        }
        """;

    private readonly ResultSink _sink = new(256 * 1024);
    private readonly BenchmarkSubgraphs _subgraphs = new();
    private readonly GatewayRequest _request = new(Query);
    private HttpClient _http = null!;
    private FederationGateway _gateway = null!;

    /// <summary>Whether same-step entity fetches to one subgraph are sent as one request.</summary>
    [Params(true, false)]
    public bool Batching { get; set; }

    /// <summary>Starts the gateway, runs the query once and checks the answer and the request count.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(_subgraphs);
        _gateway = FederationGateway.Load(BenchmarkSupergraph.Read(), new FederationGatewayOptions { HttpClient = _http, BatchEntityFetches = Batching });
        _subgraphs.ResetCount();
        _sink.Write(_gateway.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult());
        string json = _sink.Json;
        int expected = Batching ? 7 : 13;
        if (_subgraphs.Requests != expected || json.Contains("\"errors\"", StringComparison.Ordinal) || !json.Contains("\"shippingEstimate\":50", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Expected {expected} subgraph requests and no errors; got {_subgraphs.Requests}: {json}");
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

    /// <summary>The deep query, plan cached: prepare, the fetches, merge, write.</summary>
    [Benchmark(Description = "deep benchmark query")]
    public async Task<int> DeepQuery() => _sink.Write(await _gateway.ExecuteAsync(_request).ConfigureAwait(false));

}
