using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using GameLibrary.Federation;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// What a huge, deep or pathological document costs the gateway before it is refused (or, within the limits, served):
/// the engine tests prove each is answered with the right error; this measures that it is answered quickly, linearly.
/// </summary>
[MemoryDiagnoser]
public class HostileDocumentBenchmarks
{
    private readonly CannedSubgraphs _subgraphs = new();
    private HttpClient _http = null!;
    private FederationGateway _gateway = null!;
    private string _document = null!;
    private int _run;

    /// <summary>The document to send, by name (see <see cref="Build"/>).</summary>
    [Params("deep-1000", "fragment-chain-1500", "fragments-1500", "fragments-doubling-60", "tokens-200000", "fields-14000", "aliases-1200", "string-10MB")]
    public string Document { get; set; } = null!;

    /// <summary>A gateway on the interop supergraph whose subgraphs answer nulls.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(_subgraphs);
        _gateway = FederationGateway.Load(InteropSupergraph.Read(), new FederationGatewayOptions { HttpClient = _http });
        _subgraphs.Answer("products", """{"data":{"product":null}}""");
        _subgraphs.Answer("reviews", """{"data":{"topReviews":[]}}""");
        _document = Build(Document);
    }

    /// <summary>Releases the gateway and its client.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _gateway.Dispose();
        _http.Dispose();
    }

    /// <summary>Prepares (and refuses or runs) a document the gateway has never seen: a trailing comment defeats the document cache.</summary>
    [Benchmark]
    public async Task<GatewayResultKind> Send()
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{_document}\n# {++_run}");
        return (await _gateway.ExecuteAsync(new GatewayRequest(text)).ConfigureAwait(false)).Kind;
    }

    /// <summary>The hostile documents of the engine's HostileDocumentTests, on this supergraph's types.</summary>
    internal static string Build(string name) => name switch
    {
        // Refused by the parser: nested too deeply.
        "deep-1000" => "{ topReviews { " + Repeat("author { reviews { ", 499) + "body" + new string('}', 998) + " } }",
        // Refused by validation: fragment spreads nested more than 64 deep.
        "fragment-chain-1500" => Chain(1500),
        // Served: 1,500 fragments selecting one field.
        "fragments-1500" => ManyFragments(1500),
        // Refused by demand control: each fragment spreads the next twice (2^60 paths if walked naively).
        "fragments-doubling-60" => Doubling(60),
        // Refused before parsing: over the token limit.
        "tokens-200000" => "{ product(upc: \"1\") { " + Repeat("name ", 200_000) + "} }",
        // Served: 14,000 identical fields within the token limit.
        "fields-14000" => "{ product(upc: \"1\") { " + Repeat("name ", 14_000) + "} }",
        // Refused before validation: too many aliases and root fields.
        "aliases-1200" => "{ " + string.Concat(Enumerable.Range(0, 1200).Select(i => $"a{i}: product(upc: \"{i}\") {{ name }} ")) + "}",
        // Served, never cached: a 10 MB string argument.
        "string-10MB" => "{ product(upc: \"" + new string('x', 10 * 1024 * 1024) + "\") { name } }",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown document."),
    };

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Chain(int length)
    {
        var query = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < length; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} }}\n");
        }

        return query.Append(CultureInfo.InvariantCulture, $"fragment F{length} on Query {{ __typename }}").ToString();
    }

    private static string ManyFragments(int count)
    {
        var query = new StringBuilder("{ product(upc: \"1\") { ");
        for (var i = 0; i < count; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $"...F{i} ");
        }

        query.Append("} }\n");
        for (var i = 0; i < count; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Product {{ name }}\n");
        }

        return query.ToString();
    }

    private static string Doubling(int levels)
    {
        var query = new StringBuilder("{ topReviews { ...F0 } }\n");
        for (var i = 0; i < levels; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Review {{ body author {{ reviews {{ ...F{i + 1} }} }} ...F{i + 1} }}\n");
        }

        return query.Append(CultureInfo.InvariantCulture, $"fragment F{levels} on Review {{ body }}").ToString();
    }
}
