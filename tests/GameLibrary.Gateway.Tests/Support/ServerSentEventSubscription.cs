using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>A subscription over GraphQL over SSE (distinct connections mode): one POST whose response streams the events.</summary>
public sealed class ServerSentEventSubscription : IDisposable
{
    private readonly HttpRequestMessage _request;
    private readonly Task<HttpResponseMessage> _responding;
    private ServerSentEventReader? _events;

    private ServerSentEventSubscription(HttpClient client, string query)
    {
        _request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        _request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        _responding = client.SendAsync(_request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>
    /// Sends the request and returns without waiting for the response: its headers may travel with the first event,
    /// so a test causes events before it awaits <see cref="ResponseAsync"/>.
    /// </summary>
    public static ServerSentEventSubscription Start(HttpClient client, string query) => new(client, query);

    /// <summary>The response, once its headers have arrived.</summary>
    public Task<HttpResponseMessage> ResponseAsync() => _responding;

    /// <summary>The next event's name and data (see <see cref="ServerSentEventReader.ReadAsync"/>).</summary>
    public async Task<(string Event, string Data)> ReadAsync()
    {
        _events ??= new ServerSentEventReader(await (await ResponseAsync()).Content.ReadAsStreamAsync());
        return await _events.ReadAsync();
    }

    /// <summary>Leaves: the unread response is dropped with its connection (a response still to come is not awaited).</summary>
    public void Dispose()
    {
        _events?.Dispose();
        if (_responding.IsCompletedSuccessfully)
        {
            _responding.Result.Dispose();
        }

        _request.Dispose();
    }
}
