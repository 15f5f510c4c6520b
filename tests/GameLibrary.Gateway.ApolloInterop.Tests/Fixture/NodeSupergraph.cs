using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation;

namespace GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

/// <summary>
/// The four Node subgraphs running on loopback, and our gateway loaded with the supergraph that Apollo's
/// composition made from them (<c>node-subgraphs/supergraph.graphql</c>), its subgraph URLs pointed at the
/// live processes.
/// </summary>
public sealed class NodeSupergraph : IAsyncLifetime
{
    /// <summary>The subgraphs, as named in the supergraph.</summary>
    public static readonly IReadOnlyList<string> SubgraphNames = ["accounts", "products", "reviews", "inventory"];

    private readonly Dictionary<string, NodeSubgraphProcess> _subgraphs = new(StringComparer.Ordinal);
    private Lazy<FederationGateway>? _gateway;

    /// <summary>The node-subgraphs folder.</summary>
    public string SubgraphsDirectory { get; private set; } = "";

    /// <summary>The committed supergraph SDL.</summary>
    public string SupergraphSdl { get; private set; } = "";

    /// <summary>A client for talking to the subgraphs directly.</summary>
    public HttpClient Http { get; } = new();

    /// <summary>The gateway, loaded on first use (so tests of the subgraphs alone run even when loading fails).</summary>
    public FederationGateway Gateway => (_gateway ?? throw new InvalidOperationException("The fixture is not initialized.")).Value;

    /// <summary>The live URL of a subgraph.</summary>
    public Uri UrlOf(string subgraph) => _subgraphs[subgraph].Url;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        SubgraphsDirectory = NodeSubgraphsDirectory.Locate();
        SupergraphSdl = await File.ReadAllTextAsync(Path.Combine(SubgraphsDirectory, "supergraph.graphql"));

        var starts = SubgraphNames.Select(name => NodeSubgraphProcess.StartAsync(SubgraphsDirectory, name)).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        finally
        {
            foreach (var start in starts.Where(start => start.IsCompletedSuccessfully))
            {
                _subgraphs.Add(start.Result.Name, start.Result);
            }
        }

        _gateway = new Lazy<FederationGateway>(LoadGateway);
    }

    /// <summary>Runs an operation through the gateway and returns the response object.</summary>
    public async Task<JsonObject> ExecuteAsync(string query, string? variablesJson = null, string? operationName = null)
    {
        var variables = variablesJson is null ? (JsonElement?)null : JsonSerializer.Deserialize<JsonElement>(variablesJson);
        var result = await Gateway.ExecuteAsync(new GatewayRequest(query, operationName, variables));
        return JsonNode.Parse(result.ToJsonString())!.AsObject();
    }

    /// <summary>Posts an operation straight to one subgraph (no gateway) and returns the response object.</summary>
    public async Task<JsonObject> QuerySubgraphAsync(string subgraph, string query, string? variablesJson = null)
    {
        var body = new JsonObject
        {
            ["query"] = query,
            ["variables"] = variablesJson is null ? null : JsonNode.Parse(variablesJson),
        };
        using var response = await Http.PostAsJsonAsync(UrlOf(subgraph), body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Kills a subgraph, as an outage would.</summary>
    public Task KillAsync(string subgraph) => _subgraphs[subgraph].KillAsync();

    /// <summary>Starts a killed subgraph again at the same URL.</summary>
    public Task RestartAsync(string subgraph) => _subgraphs[subgraph].RestartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_gateway is { IsValueCreated: true })
        {
            _gateway.Value.Dispose();
        }

        await Task.WhenAll(_subgraphs.Values.Select(subgraph => subgraph.DisposeAsync().AsTask()));
        Http.Dispose();
    }

    private FederationGateway LoadGateway()
    {
        var options = new FederationGatewayOptions();
        foreach (var (name, subgraph) in _subgraphs)
        {
            options.SubgraphUrls[name] = subgraph.Url;
        }

        return FederationGateway.Load(SupergraphSdl, options);
    }
}
