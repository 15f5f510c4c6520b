using System.Text;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Supergraph.Samples;

namespace GameLibrary.Federation.Tests.Execution.Deduplication;

/// <summary>
/// Waiters of one deduplicated request each get their own objects and lists of the one answer (ADR 0015, 0017): the
/// executor links results into them, so what one waiter merges must never show in another's.
/// </summary>
public sealed class SharedAnswerCopyTests
{
    private const string Answer = """{"data":{"topProducts":[{"__typename":"Product","upc":"1","name":"Stool"},{"__typename":"Product","upc":"2","name":"Table"}]}}""";

    [Fact]
    public async Task EveryWaiterGetsItsOwnCopyOfTheSharedAnswer()
    {
        var schema = SampleSupergraphs.Load("benchmark");
        var inner = new GatedClient();
        using var metrics = new FederationMetrics(null);
        var client = new DeduplicatingSubgraphClient(inner, schema, new FederationGatewayOptions(), metrics);
        var request = new SubgraphRequest("{ topProducts { __typename upc name } }", null, []);
        var headers = Forwarded.Nothing;

        // The first call sends and waits at the gate; the others join it before it answers.
        var waiters = Enumerable.Range(0, 3).Select(_ => client.ExecuteAsync("products", request, headers, CancellationToken.None)).ToList();
        inner.Open();
        var answers = await Task.WhenAll(waiters);

        Assert.Equal(1, inner.Calls);
        Assert.All(answers, a => Assert.Equal(Answer, Json(a)));
        Assert.Equal(3, answers.Select(a => a.Data).Distinct().Count());

        // One waiter merges an entity result into its first product; the others still read the answer as sent.
        var merger = new ResponseMerger(schema);
        var product = answers[0].Data!["topProducts"].List![0].Object!;
        merger.Merge(product, SubgraphJsonReader.Parse("""{"reviews":[{"body":"Great"}],"name":"Chair"}"""u8.ToArray()).Object!);

        Assert.Equal("""{"__typename":"Product","upc":"1","name":"Chair","reviews":[{"body":"Great"}]}""", new ResultValue(product).ToJsonString());
        Assert.Equal(Answer, Json(answers[1]));
        Assert.Equal(Answer, Json(answers[2]));
    }

    private static string Json(SubgraphResponse response) => $$"""{"data":{{new ResultValue(response.Data!).ToJsonString()}}}""";

    /// <summary>A subgraph client that answers every call once its gate opens.</summary>
    private sealed class GatedClient : ISubgraphClient
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public int Calls => _calls;

        public void Open() => _gate.SetResult();

        public async Task<SubgraphResponse> ExecuteAsync(string subgraph, SubgraphRequest request, ForwardedHeaders headers, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await _gate.Task.WaitAsync(cancellationToken);
            return SubgraphResponse.From(SubgraphJsonReader.Parse(Encoding.UTF8.GetBytes(Answer)))!;
        }
    }
}
