using GameLibrary.Federation.Execution;

namespace GameLibrary.Federation.Tests.Subscriptions;

/// <summary>The subscription client reaches a subgraph at its http(s) URL with the WebSocket scheme.</summary>
public sealed class WebSocketUrlTests
{
    [Theory]
    [InlineData("http://reviews.local/graphql", "ws://reviews.local/graphql")]
    [InlineData("https://reviews.example.com/api/graphql?x=1", "wss://reviews.example.com/api/graphql?x=1")]
    [InlineData("http://127.0.0.1:4003/graphql", "ws://127.0.0.1:4003/graphql")]
    [InlineData("wss://reviews.example.com/graphql", "wss://reviews.example.com/graphql")]
    public void TheSchemeBecomesWsOrWss(string url, string expected) =>
        Assert.Equal(new Uri(expected), WebSocketSubgraphClient.WebSocketUrl(new Uri(url)));

    [Fact]
    public void OtherSchemesHaveNoWebSocketUrl() =>
        Assert.Null(WebSocketSubgraphClient.WebSocketUrl(new Uri("ftp://reviews.local/graphql")));
}
