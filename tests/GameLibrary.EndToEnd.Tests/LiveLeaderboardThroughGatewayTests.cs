using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.EndToEnd.Tests.Platform;

namespace GameLibrary.EndToEnd.Tests;

/// <summary>
/// The platform on the embedded defaults (one Garnet, SQLite per subgraph) behind the gateway: a client subscribed
/// through the gateway to a live leaderboard receives the new top 10, with displayName completed from users, after a
/// submitScore sent through the gateway.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class LiveLeaderboardThroughGatewayTests : IAsyncLifetime
{
    private const string Subscription =
        """subscription { leaderboardUpdated(gameId: "1", top: 10) { entries { rank score user { displayName } } } }""";

    private EmbeddedPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await EmbeddedPlatform.StartAsync(TimeSpan.FromMilliseconds(50));

    public async Task DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_WebSocket_subscriber_receives_the_new_top_10_with_displayName_from_users()
    {
        string token = await PrepareAsync("ada", "Ada Lovelace");

        using ClientWebSocket socket = new();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(new Uri(_platform.GatewayUrl, "/graphql")) { Scheme = "ws" }.Uri, CancellationToken.None);
        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, new JsonObject
        {
            ["id"] = "board",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = Subscription },
        });
        Assert.Equal("next", (await ReceiveAsync(socket))["type"]!.GetValue<string>());

        await _platform.SubmitScoreAsync(token, "1", 4200, "e2e-websocket-1");

        JsonNode top = (await ReceiveAsync(socket))["payload"]!["data"]!["leaderboardUpdated"]!["entries"]![0]!;
        Assert.Equal(4200, top["score"]!.GetValue<int>());
        Assert.Equal("Ada Lovelace", top["user"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_SSE_subscriber_receives_the_new_top_10_with_displayName_from_users()
    {
        string token = await PrepareAsync("grace", "Grace Hopper");
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = Subscription }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using HttpResponseMessage response = await _platform.Gateway.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using StreamReader events = new(await response.Content.ReadAsStreamAsync());
        await NextEventAsync(events);

        await _platform.SubmitScoreAsync(token, "1", 5100, "e2e-sse-0001");

        JsonNode top = (await NextEventAsync(events))["data"]!["leaderboardUpdated"]!["entries"]![0]!;
        Assert.Equal(5100, top["score"]!.GetValue<int>());
        Assert.Equal("Grace Hopper", top["user"]!["displayName"]!.GetValue<string>());
    }

    /// <summary>Seeds the catalog, signs a player up, waits until game 1 takes scores.</summary>
    private async Task<string> PrepareAsync(string username, string displayName)
    {
        await _platform.SeedCatalogAsync(3);
        string token = await _platform.RegisterAsync(username, displayName, "correct-horse-42");
        await _platform.WaitUntilScoredAsync(token, "1", 1, "probe-game-known");
        return token;
    }

    /// <summary>The data of the next SSE "next" event.</summary>
    private static async Task<JsonNode> NextEventAsync(StreamReader events)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(15));
        string? name = null;
        while (true)
        {
            string line = await events.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) && name == "next")
            {
                return JsonNode.Parse(line["data:".Length..])!;
            }
        }
    }

    private static Task SendAsync(WebSocket socket, JsonNode message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<JsonNode> ReceiveAsync(WebSocket socket)
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(15));
        using MemoryStream message = new();
        byte[] buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }
}
