using System.Text;

using GameLibrary.Transport.Execution;
using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

/// <summary>
/// A <see cref="RenderedGraphQLResult"/> shared by many clients goes out byte for byte as the same JSON serialised per
/// client would, over SSE and over graphql-transport-ws (the executor's <c>rendered</c> and <c>serialised</c>
/// subscriptions carry the same events, one as shared rendered results, one as ordinary results).
/// </summary>
public sealed class RenderedResultTests
{
    private const string EventStream = "text/event-stream";

    [Fact]
    public async Task OverServerSentEvents_RenderedEventsAreByteIdenticalToSerialisedOnes_ForEveryClient()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.KeepAliveInterval = TimeSpan.Zero);
        using HttpClient client = host.CreateClient();

        byte[] serialised = await ReadBodyAsync(client, "subscription { serialised }");
        byte[] first = await ReadBodyAsync(client, "subscription { rendered }");
        byte[] second = await ReadBodyAsync(client, "subscription { rendered }");

        Assert.Equal(serialised, first);
        Assert.Equal(serialised, second);

        // What the serialised stream is: one data line per line of the JSON, then complete.
        string body = Encoding.UTF8.GetString(serialised);
        Assert.StartsWith("event: next\ndata: {\"data\":{\"board\":{\"name\":\"Café <Zürich> & \\\"friends\\\"\"", body, StringComparison.Ordinal);
        Assert.Contains("event: next\ndata: {\ndata:   \"data\": {\ndata:     \"board\": null\ndata:   },\n", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata:\n\n", body, StringComparison.Ordinal);
        Assert.Equal(4, body.Split("event: ").Length - 1);
    }

    [Fact]
    public async Task OverServerSentEvents_EventsWrittenByTheProducersThreadAreByteIdenticalToSerialisedOnes()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options => options.KeepAliveInterval = TimeSpan.Zero);
        using HttpClient client = host.CreateClient();

        byte[] serialised = await ReadBodyAsync(client, "subscription { serialised }");
        byte[] direct = await ReadBodyAsync(client, "subscription { direct }");

        Assert.Equal(serialised, direct);
        Assert.Equal(TestExecutor.SharedEvents.Length, host.Probe.DirectWrites);
    }

    [Fact]
    public void TheSharedServerSentEventIsMadeOnceAndIsWhatAStreamWouldWrite()
    {
        RenderedGraphQLResult result = TestExecutor.SharedEvents[1];

        ReadOnlyMemory<byte> first = result.ServerSentEvent;
        ReadOnlyMemory<byte> again = result.ServerSentEvent;

        Assert.True(first.Span == again.Span, "The event bytes were made twice.");
        Assert.Equal(
            "event: next\ndata: {\ndata:   \"data\": {\ndata:     \"board\": null\ndata:   },\ndata:   \"errors\": [{\"message\":\"line\\nbreak\"}]\ndata: }\n\n",
            Encoding.UTF8.GetString(first.Span));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("é\"<op>\\\u0001")]
    public async Task OverWebSockets_RenderedEventsAreByteIdenticalToSerialisedOnes_WhateverTheOperationId(string id)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();

        List<string> serialised = await ReceiveEventsAsync(host, id, "subscription { serialised }");
        List<string> first = await ReceiveEventsAsync(host, id, "subscription { rendered }");
        List<string> second = await ReceiveEventsAsync(host, id, "subscription { rendered }");

        Assert.Equal(serialised, first);
        Assert.Equal(serialised, second);
        Assert.Equal(TestExecutor.SharedEvents.Length + 1, serialised.Count);
        Assert.EndsWith("\"type\":\"complete\"}", serialised[^1], StringComparison.Ordinal);
        Assert.Equal(
            $$"""{"id":{{System.Text.Json.JsonSerializer.Serialize(id, RelaxedJson)}},"type":"next","payload":{{Encoding.UTF8.GetString(TestExecutor.SharedEvents[0].Json.Span)}}}""",
            serialised[0]);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("é\"<op>\\\u0001")]
    public async Task OverWebSockets_EventsWrittenByTheProducersThreadAreByteIdenticalToSerialisedOnes(string id)
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync();

        List<string> serialised = await ReceiveEventsAsync(host, id, "subscription { serialised }");
        List<string> direct = await ReceiveEventsAsync(host, id, "subscription { direct }");

        Assert.Equal(serialised, direct);
        Assert.Equal(TestExecutor.SharedEvents.Length, host.Probe.DirectWrites);
    }

    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static async Task<byte[]> ReadBodyAsync(HttpClient client, string query)
    {
        using HttpRequestMessage request = GraphQLHttp.Post(System.Text.Json.JsonSerializer.Serialize(new { query }), accept: EventStream);
        using HttpResponseMessage response = await client.SendAsync(request);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Every message of one subscription, through its complete, as raw text.</summary>
    private static async Task<List<string>> ReceiveEventsAsync(TransportTestHost host, string id, string query)
    {
        using GraphQLWebSocketTestClient client = await GraphQLWebSocketTestClient.ConnectAsync(host.Server, ["graphql-transport-ws"]);
        await client.InitAsync();
        await client.SubscribeAsync(id, query);
        List<string> messages = [];
        do
        {
            messages.Add(await client.ReceiveTextAsync());
        }
        while (!messages[^1].EndsWith("\"type\":\"complete\"}", StringComparison.Ordinal));

        return messages;
    }
}
