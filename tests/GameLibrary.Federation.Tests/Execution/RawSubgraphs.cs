using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace GameLibrary.Federation.Tests.Execution;

/// <summary>Subgraphs answering over in-memory HTTP with JSON text chosen per request (by subgraph host and request body), byte for byte.</summary>
internal sealed class RawSubgraphs(Func<string, string, string> answer) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var subgraph = request.RequestUri!.Host.Split('.')[0];
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(answer(subgraph, body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
