using System.Net;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Tests.Subgraphs.Products;
using GameLibrary.Gateway.Tests.Support;

using Microsoft.Extensions.Logging;

using static GameLibrary.Gateway.Tests.Support.SubscriptionSteps;

namespace GameLibrary.Gateway.Tests;

/// <summary>
/// Clients that drop their connection in the middle of a shared subscription, over real Kestrel connections: the
/// gateway writes shared events straight to idle subscribers' connections from the delivering thread (ADR 0014), so a
/// connection that is gone may be written to before its transport noticed. The others must not notice anything.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class SubscriptionDisconnectTests(SubgraphsFixture subgraphs)
{
    private const string Renamed = "subscription { productRenamed { name reviews { body } } }";
    private const string Active = "gamelibrary_gateway_subscriptions_active";
    private const string WrittenDirectly = "gamelibrary_gateway_subscription_events_written_directly_total";
    private const string Dropped = "gamelibrary_gateway_subscription_events_dropped_total";
    private const string Connections = "kestrel_active_connections";

    /// <summary>Events every client gets before two of them drop (unless they stop reading).</summary>
    private const int DropAfter = 20;

    private const int Total = 160;

    /// <summary>Stands for an event's padding in what a reader keeps: kilobytes per reader, not megabytes.</summary>
    private const string PaddingMark = "[padding]";

    [Theory]
    // One event at a time, each published once every client has the one before: the connections drop between two
    // direct writes, and the next one goes to connections that are gone.
    [InlineData(1)]
    // Back to back, up to 16 events ahead of the slowest reader: the connections drop while events are on their way.
    [InlineData(16)]
    public Task Clients_dropping_their_connections_mid_stream_leave_and_the_others_get_every_event(int inFlight) =>
        DropMidStreamAsync(inFlight, doomedRead: DropAfter, dropAt: DropAfter + inFlight, padding: "", _ => Task.CompletedTask);

    [Fact]
    public Task Clients_that_stop_reading_and_then_drop_their_connections_leave_and_the_others_get_every_event() =>
        // Events of 128 KB to clients that read none: their connections' buffers fill, a direct write's flush waits on the
        // client and holds its connection, the events behind it queue until the subscriber overflows (32 more), and only
        // then do the connections drop, under a waiting write. Here the buffers took about 6 MB (overflow at the 80th
        // event); the drop waits for both overflows before the 140th, so up to 13 MB would do.
        DropMidStreamAsync(
            inFlight: 16,
            doomedRead: 0,
            dropAt: Total - 20,
            padding: new string('.', 128 * 1024),
            gateway => MetricAsync(gateway, Dropped, dropped => dropped >= 2, "both stalled subscribers overflowed"));

    /// <summary>
    /// Six identical subscriptions, over WebSocket and SSE; <see cref="Total"/> events published on the products
    /// subgraph (names padded with <paramref name="padding"/>), at most <paramref name="inFlight"/> ahead of the slowest
    /// reader. Two doomed clients read the first <paramref name="doomedRead"/> events; before event
    /// <paramref name="dropAt"/> is published (and once <paramref name="beforeDrop"/> is done) their connections are
    /// reset. The four others must get every event in order, and the gateway must forget the dropped ones.
    /// </summary>
    private async Task DropMidStreamAsync(int inFlight, int doomedRead, int dropAt, string padding, Func<GatewayServer, Task> beforeDrop)
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using DroppableConnections doomedConnections = new(gateway.Client.BaseAddress!);
        double writtenBefore = Math.Max(0, await MetricAsync(gateway, WrittenDirectly, _ => true, "a scrape"));
        List<Reader> survivors = [];
        List<Reader> doomed = [];
        try
        {
            survivors.Add(await Reader.WebSocketAsync(gateway, invoker: null));
            survivors.Add(Reader.ServerSentEvents(gateway.Client));
            survivors.Add(await Reader.WebSocketAsync(gateway, invoker: null));
            survivors.Add(Reader.ServerSentEvents(gateway.Client));
            doomed.Add(await Reader.WebSocketAsync(gateway, doomedConnections.Invoker));
            doomed.Add(Reader.ServerSentEvents(doomedConnections.Client));
            await MetricAsync(gateway, Active, active => active == 6, "all six client subscriptions are open");
            await SubgraphSubscribersAsync(subgraphs, 1);

            survivors.ForEach(reader => reader.Start(Total, padding));
            doomed.ForEach(reader => reader.Start(doomedRead, padding));
            await PublishAsync(inFlight, padding, [.. survivors, .. doomed], dropAt, async () =>
            {
                await beforeDrop(gateway);
                doomedConnections.Drop();
                doomed.ForEach(reader => reader.Abort());
            });
            await Task.WhenAll(survivors.Select(reader => reader.Reading));

            // Everything in order, and nothing else (an overflow or an error would be an event of its own).
            foreach (Reader reader in doomed)
            {
                Assert.Equal(Expected(doomedRead, padding), reader.Events);
            }

            foreach (Reader reader in survivors)
            {
                Assert.Equal(Expected(Total, padding), reader.Events);
            }

            await MetricAsync(gateway, WrittenDirectly, written => written > writtenBefore, "events are written directly");
            await MetricAsync(gateway, Active, active => active == survivors.Count, "the dropped clients' subscriptions are removed");

            // Their requests ended too (nothing holds them, such as a write that never finishes): one connection per
            // survivor, and the one the scrapes and queries take turns on.
            string gatewayPort = $"server_port=\"{gateway.Client.BaseAddress!.Port}\"";
            await MetricAsync(gateway, Connections, open => open <= survivors.Count + 1, "the dropped clients' connections are closed", gatewayPort);
            Assert.Equal(1, subgraphs.Renames.Subscribers);
            Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/health/ready"));
            Assert.Equal("""{"data":{"product":{"name":"Chess"}}}""", (await gateway.PostAsync("{ product(id: 1) { name } }")).Body);

            // The shared upstream subscription lasts as long as anyone reads it.
            for (int left = survivors.Count - 1; left > 0; left--)
            {
                await survivors[left].DisposeAsync();
                await MetricAsync(gateway, Active, active => active == left, $"{left} client subscription(s) remain");
                Assert.Equal(1, subgraphs.Renames.Subscribers);
            }

            await survivors[0].DisposeAsync();
            await SubgraphSubscribersAsync(subgraphs, 0);
            await MetricAsync(gateway, Active, active => active == 0, "no client subscription remains");
            await MetricAsync(gateway, Connections, open => open <= 1, "only the scrapes' connection remains", gatewayPort);
            Assert.DoesNotContain(gateway.Logs.Entries, entry => entry.Level >= LogLevel.Error);
        }
        finally
        {
            foreach (Reader reader in survivors.Concat(doomed))
            {
                await reader.DisposeAsync();
            }
        }
    }

    /// <summary>The payloads of events 1 to <paramref name="count"/> as a reader keeps them.</summary>
    private static List<string> Expected(int count, string padding)
    {
        string kept = padding.Length == 0 ? "" : PaddingMark;
        return [.. Enumerable.Range(1, count).Select(n =>
            $$$$"""{"data":{"productRenamed":{"name":"{{{{Name(n, kept)}}}}","reviews":[{"body":"Timeless"},{"body":"Hard to master"}]}}}""")];
    }

    private static string Name(int n, string padding) => $"Chess ({n}){padding}";

    /// <summary>
    /// Publishes events 1 to <see cref="Total"/> on the products subgraph, each once every reader has the one
    /// <paramref name="inFlight"/> before it or all it reads; runs <paramref name="drop"/> before event
    /// <paramref name="dropAt"/>, and goes on.
    /// </summary>
    private async Task PublishAsync(int inFlight, string padding, List<Reader> readers, int dropAt, Func<Task> drop)
    {
        for (int n = 1; n <= Total; n++)
        {
            await ReceivedAsync(readers, n - inFlight);
            if (n == dropAt)
            {
                await drop();
            }

            subgraphs.Renames.Publish(new Product { Id = 1, Name = Name(n, padding), Price = 10 });
        }
    }

    /// <summary>Waits until every reader has <paramref name="count"/> events or all it reads; rethrows a reader's failure.</summary>
    private static async Task ReceivedAsync(List<Reader> readers, int count)
    {
        while (readers.FirstOrDefault(reader => reader.Received < Math.Min(count, reader.Target)) is { } behind)
        {
            if (behind.Reading.IsCompleted)
            {
                await behind.Reading;
                throw new InvalidOperationException($"A reader stopped at {behind.Received} events, before {count}.");
            }

            await Task.Delay(1);
        }
    }

    /// <summary>One client subscription as the test reads it: each event's payload as JSON text (anything else as itself).</summary>
    private sealed class Reader(Func<Task<string>> next, Action abort, Func<ValueTask> leave) : IAsyncDisposable
    {
        private int _received;
        private bool _left;

        public List<string> Events { get; } = [];

        public int Received => Volatile.Read(ref _received);

        public Task Reading { get; private set; } = Task.CompletedTask;

        /// <summary>How many events it reads.</summary>
        public int Target { get; private set; }

        public static async Task<Reader> WebSocketAsync(GatewayServer gateway, HttpMessageInvoker? invoker)
        {
            GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(GraphQLUrl(gateway), invoker);
            await socket.InitializeAsync();
            await socket.SubscribeAsync("renames", Renamed);
            return new Reader(
                async () =>
                {
                    JsonNode message = await socket.ReceiveAsync();
                    return message["type"]?.GetValue<string>() == "next" ? message["payload"]!.ToJsonString() : message.ToJsonString();
                },
                socket.Abort,
                socket.DisposeAsync);
        }

        public static Reader ServerSentEvents(HttpClient client)
        {
            ServerSentEventSubscription subscription = ServerSentEventSubscription.Start(client, Renamed);
            return new Reader(
                async () =>
                {
                    (string name, string data) = await subscription.ReadAsync();
                    return name == "next" ? data : $"{name}: {data}";
                },
                () => { },
                () =>
                {
                    subscription.Dispose();
                    return ValueTask.CompletedTask;
                });
        }

        /// <summary>Reads <paramref name="count"/> events in the background, keeping each with its padding marked.</summary>
        public void Start(int count, string padding)
        {
            Target = count;
            Reading = ReadAsync(count, padding);
        }

        /// <summary>The client's side of a dropped connection: no close handshake.</summary>
        public void Abort() => abort();

        public async ValueTask DisposeAsync()
        {
            if (!_left)
            {
                _left = true;
                await leave();
            }
        }

        private async Task ReadAsync(int count, string padding)
        {
            while (Events.Count < count)
            {
                string payload = await next();
                Events.Add(padding.Length == 0 ? payload : payload.Replace(padding, PaddingMark, StringComparison.Ordinal));
                Interlocked.Increment(ref _received);
            }
        }
    }
}
