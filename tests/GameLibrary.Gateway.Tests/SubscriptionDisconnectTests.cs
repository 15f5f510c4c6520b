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

    /// <summary>Events every client gets before two of them drop.</summary>
    private const int DropAfter = 20;

    private const int Total = 120;

    [Theory]
    // One event at a time, each published once every client has the one before: the connections drop between two
    // direct writes, and the next one goes to connections that are gone.
    [InlineData(1)]
    // Back to back, up to 16 events ahead of the slowest reader: the connections drop while events are on their way.
    [InlineData(16)]
    public async Task Clients_dropping_their_connections_mid_stream_leave_and_the_others_get_every_event(int inFlight)
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

            survivors.ForEach(reader => reader.Start(Total));
            doomed.ForEach(reader => reader.Start(DropAfter));
            await PublishAsync(inFlight, survivors, doomed, () =>
            {
                doomedConnections.Drop();
                doomed.ForEach(reader => reader.Abort());
            });
            await Task.WhenAll(survivors.Select(reader => reader.Reading));

            // Everything in order, and nothing else (an overflow or an error would be an event of its own).
            foreach (Reader reader in doomed)
            {
                Assert.Equal(Expected(DropAfter), reader.Events);
            }

            foreach (Reader reader in survivors)
            {
                Assert.Equal(Expected(Total), reader.Events);
            }

            await MetricAsync(gateway, WrittenDirectly, written => written > writtenBefore, "events are written directly");
            await MetricAsync(gateway, Active, active => active == survivors.Count, "the dropped clients' subscriptions are removed");
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

    private static List<string> Expected(int count) =>
        [.. Enumerable.Range(1, count).Select(n =>
            $$$$"""{"data":{"productRenamed":{"name":"Chess ({{{{n}}}})","reviews":[{"body":"Timeless"},{"body":"Hard to master"}]}}}""")];

    /// <summary>
    /// Publishes events 1 to <see cref="Total"/> on the products subgraph, each once every reader it waits for has the
    /// one <paramref name="inFlight"/> before it. The doomed readers stop at <see cref="DropAfter"/>: once they have it
    /// their connections are dropped, with up to <paramref name="inFlight"/> - 1 later events already published, and
    /// publishing goes on at the survivors' pace.
    /// </summary>
    private async Task PublishAsync(int inFlight, List<Reader> survivors, List<Reader> doomed, Action drop)
    {
        for (int n = 1; n <= Total; n++)
        {
            bool beforeDrop = n <= DropAfter + inFlight;
            await ReceivedAsync(beforeDrop ? [.. survivors, .. doomed] : survivors, n - inFlight);
            if (n == DropAfter + inFlight)
            {
                drop();
            }

            subgraphs.Renames.Publish(new Product { Id = 1, Name = $"Chess ({n})", Price = 10 });
        }
    }

    /// <summary>Waits until every reader has <paramref name="count"/> events; rethrows a reader's failure.</summary>
    private static async Task ReceivedAsync(List<Reader> readers, int count)
    {
        while (readers.Any(reader => reader.Received < count))
        {
            if (readers.FirstOrDefault(reader => reader.Received < count && reader.Reading.IsCompleted) is { } stopped)
            {
                await stopped.Reading;
                throw new InvalidOperationException($"A reader stopped at {stopped.Received} events, before {count}.");
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

        public void Start(int count) => Reading = ReadAsync(count);

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

        private async Task ReadAsync(int count)
        {
            while (Events.Count < count)
            {
                Events.Add(await next());
                Interlocked.Increment(ref _received);
            }
        }
    }
}
