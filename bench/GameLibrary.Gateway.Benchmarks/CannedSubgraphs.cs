using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// Subgraphs answered in memory: each subgraph URL's host gets a fixed JSON body, so a benchmark measures the
/// gateway (serialise the fetch, parse the answer, merge, complete) and not a network or a subgraph.
/// </summary>
internal sealed class CannedSubgraphs : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly ConcurrentDictionary<string, byte[]> _answers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Answers every request to this subgraph with this body from now on.</summary>
    public void Answer(string subgraph, string json) => _answers[subgraph] = System.Text.Encoding.UTF8.GetBytes(json);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Drained as a socket would, so the request body's cost stays in the measurement.
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        // The supergraph's URLs are http://<subgraph>.invalid/graphql.
        string subgraph = request.RequestUri!.Host.Split('.')[0];
        if (!_answers.TryGetValue(subgraph, out byte[]? body))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
