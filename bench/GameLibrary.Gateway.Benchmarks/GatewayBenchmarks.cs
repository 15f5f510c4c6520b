using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GameLibrary.Federation;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// The engine's hot path on the interop supergraph, in process, with subgraphs answered in memory
/// (<see cref="CannedSubgraphs"/>): what one request costs the gateway itself.
/// </summary>
[MemoryDiagnoser]
public class GatewayBenchmarks
{
    private const string SmallQuery = "{ product(upc: \"1\") { upc name price } }";
    private const string ListQuery = "{ topProducts(first: 100) { upc name price inStock } }";
    private const string ListOnlyQuery = "{ topProducts(first: 100) { upc name price } }";
    private const string PlannedQuery = "{ topReviews { body author { name } product { name price shippingEstimate } } }";
    private const string RenameMutation = "mutation Rename($id: ID!, $name: String!) { updateName(id: $id, name: $name) { id name } }";

    /// <summary>Distinct products among the 100 list items: the entity fetch sends each once.</summary>
    private const int DistinctProducts = 50;

    private readonly ResultSink _sink = new(64 * 1024);
    private readonly CannedSubgraphs _subgraphs = new();
    private HttpClient _http = null!;
    private FederationGateway _gateway = null!;
    private GatewayRequest _request = null!;
    private int _coldDocuments;

    /// <summary>One product from products; one fetch, plan from the cache.</summary>
    [GlobalSetup(Target = nameof(CachedPlanSmallQuery))]
    public void SetupSmallQuery()
    {
        Start(new GatewayRequest(SmallQuery));
        _subgraphs.Answer("products", """{"data":{"product":{"upc":"1","name":"Table","price":899}}}""");
        Verify("\"name\":\"Table\"", expectErrors: false);
    }

    /// <summary>100 products (50 distinct) from products, then one inventory _entities fetch for inStock.</summary>
    [GlobalSetup(Target = nameof(EntityFetchOver100Items))]
    public void SetupListQuery() => StartList(ListQuery, "\"inStock\":false");

    /// <summary>The same 100 products without inStock: one fetch, no entity fetch.</summary>
    [GlobalSetup(Target = nameof(ListOf100ItemsWithoutEntityFetch))]
    public void SetupListOnlyQuery() => StartList(ListOnlyQuery, "\"name\":\"Product 50\"");

    /// <summary>A gateway whose plan cache never holds the next document.</summary>
    [GlobalSetup(Targets = [nameof(PlanColdDocument), nameof(DescribeCachedPlan)])]
    public void SetupPlanning() => Start(new GatewayRequest(PlannedQuery));

    /// <summary>A mutation with two variables, sent as a GET would (queries only): prepared, then refused before planning.</summary>
    [GlobalSetup(Target = nameof(PrepareCachedDocumentWithVariables))]
    public void SetupPreparation()
    {
        using var variables = JsonDocument.Parse("""{"id":"4","name":"Edsger W. Dijkstra"}""");
        Start(new GatewayRequest(RenameMutation, "Rename", variables.RootElement.Clone()) { QueryOnly = true });
        Verify("OPERATION_NOT_ALLOWED", expectErrors: true);
    }

    /// <summary>Releases the gateway and its client.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _gateway.Dispose();
        _http.Dispose();
        _sink.Dispose();
    }

    /// <summary>(a) A small query whose plan is cached: prepare, one fetch, merge, write.</summary>
    [Benchmark(Description = "(a) cached plan, small query")]
    public async Task<int> CachedPlanSmallQuery() => _sink.Write(await _gateway.ExecuteAsync(_request).ConfigureAwait(false));

    /// <summary>(b0) The list of (b) alone: parse, merge and write 100 items, no entity fetch.</summary>
    [Benchmark(Description = "(b0) 100 items, no entity fetch")]
    public async Task<int> ListOf100ItemsWithoutEntityFetch() => _sink.Write(await _gateway.ExecuteAsync(_request).ConfigureAwait(false));

    /// <summary>(b) 100 list items joined with one _entities fetch: de-duplicate, merge, write.</summary>
    [Benchmark(Description = "(b) entity fetch over 100 items")]
    public async Task<int> EntityFetchOver100Items() => _sink.Write(await _gateway.ExecuteAsync(_request).ConfigureAwait(false));

    /// <summary>(c) Parse, validate and plan a document never seen before (4 fetches, @requires), and print the plan.</summary>
    [Benchmark(Description = "(c) plan a cold document")]
    public int PlanColdDocument()
    {
        // A new operation name makes a new document: the document and plan caches miss every time.
        string document = string.Create(CultureInfo.InvariantCulture, $"query Cold{++_coldDocuments} {PlannedQuery}");
        return _gateway.DescribePlan(document).Length;
    }

    /// <summary>(c′) The same, for a cached document: what (c) costs beyond parse, validate and plan.</summary>
    [Benchmark(Description = "(c') describe a cached plan")]
    public int DescribeCachedPlan() => _gateway.DescribePlan(PlannedQuery).Length;

    /// <summary>(d) Prepare a cached document and coerce its two variables.</summary>
    [Benchmark(Description = "(d) prepare cached document + variables")]
    public async Task<GatewayResultKind> PrepareCachedDocumentWithVariables() =>
        (await _gateway.ExecuteAsync(_request).ConfigureAwait(false)).Kind;

    private void Start(GatewayRequest request)
    {
        _http = new HttpClient(_subgraphs);
        _gateway = FederationGateway.Load(InteropSupergraph.Read(), new FederationGatewayOptions { HttpClient = _http });
        _request = request;
    }

    private void StartList(string query, string expected)
    {
        Start(new GatewayRequest(query));
        var products = Enumerable.Range(0, 100).Select(i => i % DistinctProducts + 1).Select(upc => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"upc":"{{upc}}","name":"Product {{upc}}","price":{{upc * 100}},"__typename":"Product"}"""));
        _subgraphs.Answer("products", $$$"""{"data":{"topProducts":[{{{string.Join(',', products)}}}]}}""");
        var entities = Enumerable.Range(1, DistinctProducts).Select(upc => upc % 3 == 0 ? """{"inStock":false}""" : """{"inStock":true}""");
        _subgraphs.Answer("inventory", $$$"""{"data":{"_entities":[{{{string.Join(',', entities)}}}]}}""");

        // A wrong count of representations would surface as errors here.
        Verify(expected, expectErrors: false);
    }

    private void Verify(string expected, bool expectErrors)
    {
        var result = _gateway.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();
        _sink.Write(result);
        string json = _sink.Json;
        if (!json.Contains(expected, StringComparison.Ordinal) || json.Contains("\"errors\"", StringComparison.Ordinal) != expectErrors)
        {
            throw new InvalidOperationException($"The benchmark's request does not answer as expected ({expected}): {json}");
        }
    }

}
