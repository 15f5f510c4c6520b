using System.Net;
using System.Text;

namespace GameLibrary.Federation.Tests.DemandControl;

/// <summary>Every subgraph of the repository's supergraph: answers each request with one fixed body and records it.</summary>
internal sealed class StubSubgraph(string body) : HttpMessageHandler
{
    public List<string> Requests { get; } = [];

    /// <summary>A gateway on the repository's supergraph whose subgraphs are this stub.</summary>
    public FederationGateway Gateway(Action<FederationGatewayOptions>? configure = null)
    {
        var options = new FederationGatewayOptions { HttpClient = new HttpClient(this), DeduplicateQueries = false };
        configure?.Invoke(options);
        return FederationGateway.Load(RepositorySupergraph.Sdl, options);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(request.RequestUri!.ToString());
        }

        _ = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
