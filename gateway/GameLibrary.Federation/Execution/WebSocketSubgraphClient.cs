using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Opens subgraph subscriptions over graphql-transport-ws (one WebSocket per subscription) at the subgraph's URL
/// with the scheme changed to ws(s). Connecting and acknowledgement get the subgraph's timeout; events may then
/// take as long as they take.
/// </summary>
internal sealed class WebSocketSubgraphClient(SupergraphSchema schema, FederationGatewayOptions options) : ISubgraphSubscriptionClient
{
    private readonly SubgraphEndpoints _endpoints = new(schema, options);

    /// <inheritdoc />
    public async IAsyncEnumerable<JsonObject> SubscribeAsync(
        string subgraph,
        SubgraphRequest request,
        IReadOnlyDictionary<string, string> headers,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (WebSocketUrl(_endpoints.Url(subgraph)) is not { } url)
        {
            throw new SubgraphRequestException(subgraph, ErrorCodes.SubrequestHttpError, $"Subscription to subgraph '{subgraph}' failed: the subgraph has no valid URL.");
        }

        var connection = await GraphQLWsConnection.OpenAsync(subgraph, url, request, headers, _endpoints.Timeout(subgraph), cancellationToken)
            .ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await foreach (var response in connection.ReadEventsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return response;
            }
        }
    }

    /// <summary>The WebSocket URL of a subgraph's http(s) URL (ws(s) URLs as they are).</summary>
    internal static Uri? WebSocketUrl(Uri? url) => url?.Scheme switch
    {
        "http" => new UriBuilder(url) { Scheme = "ws" }.Uri,
        "https" => new UriBuilder(url) { Scheme = "wss" }.Uri,
        "ws" or "wss" => url,
        _ => null,
    };
}
