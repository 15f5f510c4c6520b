using System.Text.Json.Nodes;
using GameLibrary.Gateway.LoadTest.Platform;

namespace GameLibrary.Drills.Tests.Support;

/// <summary>A drill's client of the gateway: the games it may use and signed-in players.</summary>
internal sealed class DrillClient : IDisposable
{
    private DrillClient(HttpClient http, GraphQLClient gateway, IReadOnlyList<string> games)
    {
        Http = http;
        Gateway = gateway;
        Games = games;
    }

    /// <summary>The HTTP client (many connections: the drills load the gateway).</summary>
    public HttpClient Http { get; }

    /// <summary>GraphQL through the gateway.</summary>
    public GraphQLClient Gateway { get; }

    /// <summary>The seeded games' ids.</summary>
    public IReadOnlyList<string> Games { get; }

    /// <summary>Lists the games through the gateway.</summary>
    public static async Task<DrillClient> CreateAsync(ProcessPlatform platform)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(60) };
        var gateway = new GraphQLClient(http, platform.Gateway.GraphQL);
        (_, JsonNode? listed) = await gateway.PostAsync("{ games(first: 10) { nodes { id } } }");
        string[] games = [.. listed!["data"]!["games"]!["nodes"]!.AsArray().Select(node => node!["id"]!.GetValue<string>())];
        Assert.NotEmpty(games);
        return new DrillClient(http, gateway, games);
    }

    /// <summary>Registers <paramref name="count"/> players with fresh names and returns their tokens.</summary>
    public Task<string[]> RegisterPlayersAsync(int count) => Gateway.RegisterPlayersAsync($"d{Guid.NewGuid().ToString("N")[..10]}", count);

    /// <inheritdoc/>
    public void Dispose() => Http.Dispose();
}
