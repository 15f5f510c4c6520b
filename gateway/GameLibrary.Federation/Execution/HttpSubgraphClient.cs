using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Sends subgraph requests over pooled HTTP connections: POST <c>application/json</c>, per-subgraph timeouts,
/// forwarded headers, responses read into the result store in one pass (<see cref="SubgraphJsonReader"/>).
/// </summary>
internal sealed class HttpSubgraphClient : ISubgraphClient, IDisposable
{
    private const string AcceptedMediaTypes = "application/graphql-response+json, application/json";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly SubgraphEndpoints _endpoints;

    public HttpSubgraphClient(SupergraphSchema schema, FederationGatewayOptions options)
    {
        _endpoints = new SubgraphEndpoints(schema, options);
        if (options.HttpClient is { } http)
        {
            _http = http;
        }
        else
        {
            _http = new HttpClient(new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                AutomaticDecompression = DecompressionMethods.All,
            })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _ownsHttp = true;
        }
    }

    /// <inheritdoc />
    public async Task<SubgraphResponse> ExecuteAsync(string subgraph, SubgraphRequest request, ForwardedHeaders headers, CancellationToken cancellationToken)
    {
        if (_endpoints.Url(subgraph) is not { } url)
        {
            throw new SubgraphRequestException(subgraph, ErrorCodes.SubrequestHttpError, $"HTTP fetch failed from '{subgraph}': the subgraph has no valid URL.");
        }

        var timeout = _endpoints.Timeout(subgraph);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(timeout);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = Body(request) };
        foreach (var (name, value) in headers.Propagated)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        headers.AddTraceContext(message.Headers, static (sent, name, value) => sent.TryAddWithoutValidation(name, value));

        message.Headers.Remove("Accept");
        message.Headers.TryAddWithoutValidation("Accept", AcceptedMediaTypes);

        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var isJson = mediaType is null || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase);
            if (!isJson)
            {
                throw Failed(subgraph, response, $"unexpected content type '{mediaType}'");
            }

            ResultValue body;
            var stream = await response.Content.ReadAsStreamAsync(timeoutSource.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    body = await SubgraphJsonReader.ReadAsync(stream, timeoutSource.Token).ConfigureAwait(false);
                }
                catch (JsonException)
                {
                    throw Failed(subgraph, response, "the response body is not valid JSON");
                }
            }

            // A 4xx/5xx that still carries a GraphQL response (graphql-response+json) is a GraphQL result.
            if (SubgraphResponse.From(body) is { } result)
            {
                return result;
            }

            throw Failed(subgraph, response, "the response is not a GraphQL response");
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SubgraphRequestException(subgraph, ErrorCodes.SubrequestTimeout, $"Request to subgraph '{subgraph}' timed out after {timeout.TotalMilliseconds:0} ms.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SubgraphRequestException(subgraph, ErrorCodes.SubrequestHttpError, $"HTTP fetch failed from '{subgraph}': {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static SubgraphRequestException Failed(string subgraph, HttpResponseMessage response, string problem)
    {
        var status = response.IsSuccessStatusCode ? problem : $"{(int)response.StatusCode}: {response.ReasonPhrase}";
        return new SubgraphRequestException(subgraph, ErrorCodes.SubrequestHttpError, $"HTTP fetch failed from '{subgraph}': {status}");
    }

    private static ReadOnlyMemoryContent Body(SubgraphRequest request)
    {
        var content = new ReadOnlyMemoryContent(request.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
