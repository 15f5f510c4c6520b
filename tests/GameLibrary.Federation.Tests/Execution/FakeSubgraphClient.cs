using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>An in-memory subgraph client: a handler per subgraph answers requests; every request is recorded.</summary>
internal sealed class FakeSubgraphClient : ISubgraphClient
{
    private readonly Dictionary<string, Func<SubgraphRequest, Task<JsonObject>>> _handlers = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Subgraph, SubgraphRequest Request)> Requests { get; } = new();

    public FakeSubgraphClient On(string subgraph, Func<SubgraphRequest, JsonObject> handler)
    {
        _handlers[subgraph] = r => Task.FromResult(handler(r));
        return this;
    }

    public FakeSubgraphClient OnAsync(string subgraph, Func<SubgraphRequest, Task<JsonObject>> handler)
    {
        _handlers[subgraph] = handler;
        return this;
    }

    public async Task<SubgraphResponse> ExecuteAsync(string subgraph, SubgraphRequest request, ForwardedHeaders headers, CancellationToken cancellationToken)
    {
        Requests.Enqueue((subgraph, request));
        var handler = _handlers.TryGetValue(subgraph, out var found) ? found : throw new InvalidOperationException($"unexpected request to {subgraph}");

        // Answers are written as node trees and read as the HTTP client reads a body.
        return SubgraphResponse.From(SubgraphJsonReader.FromNode(await handler(request))) ?? throw new InvalidOperationException($"{subgraph} answered no GraphQL response");
    }

    public List<SubgraphRequest> RequestsTo(string subgraph) => [.. Requests.Where(r => r.Subgraph == subgraph).Select(r => r.Request)];

    /// <summary>Answers an _entities request by mapping each representation.</summary>
    public static JsonObject Entities(SubgraphRequest request, Func<JsonObject, JsonNode?> resolve) => new()
    {
        ["data"] = new JsonObject
        {
            ["_entities"] = new JsonArray([.. request.Variables["representations"]!.AsArray().Select(r => resolve(r!.AsObject()))]),
        },
    };

    public static JsonObject Data(string json) => new() { ["data"] = JsonNode.Parse(json) };
}
