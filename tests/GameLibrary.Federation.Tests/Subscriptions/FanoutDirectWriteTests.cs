using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

using GameLibrary.Federation.Subscriptions;

namespace GameLibrary.Federation.Tests.Subscriptions;

/// <summary>
/// A subscriber whose host gave it a writer (<see cref="IGatewayDirectEvents"/>) gets its events written by the
/// delivering thread while its read waits; when the writer declines (a busy or slow connection) the read gets the event
/// and later events queue in order, bounded as for any slow subscriber, without holding the others back.
/// </summary>
public sealed class FanoutDirectWriteTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly SubscriptionShareKey Key = new("plan", "{}", string.Empty);

    private readonly Channel<GatewayResult> _upstream = Channel.CreateUnbounded<GatewayResult>();
    private readonly SubscriptionFanout _fanout;

    public FanoutDirectWriteTests()
    {
        var options = new SubscriptionFanoutOptions { QueueCapacity = 4 };
        _fanout = new SubscriptionFanout(options);
    }

    [Fact]
    public async Task AWaitingSubscriberHasEveryEventWrittenInOrderAndItsReadKeepsWaiting()
    {
        var (subscriber, writer, read) = Open();

        Publish(1, 5);
        await Eventually(() => writer.Written.Count == 5);

        Assert.Equal([1, 2, 3, 4, 5], writer.Written);
        Assert.False(read.IsCompleted);
        await subscriber.DisposeAsync();
    }

    [Fact]
    public async Task WhenTheWriterDeclinesTheReadGetsTheEventAndLaterEventsQueueUntilItWaitsAgain()
    {
        var (subscriber, writer, read) = Open();
        var (probe, probeWriter, _) = Open();

        writer.Accepting = false;
        Publish(1, 3);
        Assert.True(await read.WaitAsync(Timeout));
        Assert.Equal(1, Number(subscriber.Current));
        await Eventually(() => probeWriter.Written.Count == 3);

        // Events 2 and 3 came while the reader was busy with 1: queued, read in order, not written.
        writer.Accepting = true;
        Assert.True(await subscriber.MoveNextAsync());
        Assert.Equal(2, Number(subscriber.Current));
        Assert.True(await subscriber.MoveNextAsync());
        Assert.Equal(3, Number(subscriber.Current));
        Assert.Empty(writer.Written);

        // Caught up and waiting again: written directly once more.
        var waiting = subscriber.MoveNextAsync().AsTask();
        Publish(4, 4);
        await Eventually(() => writer.Written.Count == 1);
        Assert.Equal([4], writer.Written);
        Assert.False(waiting.IsCompleted);
        Assert.Equal([1, 2, 3, 4], probeWriter.Written);
        await subscriber.DisposeAsync();
        await probe.DisposeAsync();
    }

    [Fact]
    public async Task ASubscriberWhoseConnectionStaysBusyOverflowsWithoutDelayingTheOthers()
    {
        var (stalled, stalledWriter, stalledRead) = Open();
        var (live, liveWriter, _) = Open();

        stalledWriter.Accepting = false;
        Publish(1, 20);
        await Eventually(() => liveWriter.Written.Count == 20);

        // The live one had every event written; the stalled one read the first, queued four more, then overflowed.
        Assert.Equal(Enumerable.Range(1, 20), liveWriter.Written);
        Assert.True(await stalledRead.WaitAsync(Timeout));
        var read = new List<string> { stalled.Current.ToJsonString() };
        while (await stalled.MoveNextAsync().AsTask().WaitAsync(Timeout))
        {
            read.Add(stalled.Current.ToJsonString());
        }

        Assert.Equal([1, 2, 3, 4, 5], read[..^1].Select(json => Number(json)));
        Assert.Equal(ErrorCodes.SubscriptionOverflow, JsonNode.Parse(read[^1])!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Empty(stalledWriter.Written);
        await stalled.DisposeAsync();
        await live.DisposeAsync();
    }

    /// <summary>A subscriber with a writer, joined (its first read pending, as a transport's would be).</summary>
    private (IAsyncEnumerator<GatewayResult> Subscriber, RecordingWriter Writer, Task<bool> Read) Open()
    {
        var subscriber = _fanout.Subscribe(Key, coalesce: false, token => _upstream.Reader.ReadAllAsync(token), CancellationToken.None)
            .GetAsyncEnumerator(CancellationToken.None);
        var writer = new RecordingWriter();
        ((IGatewayDirectEvents)subscriber).UseWriter(writer);
        var read = subscriber.MoveNextAsync().AsTask();
        return (subscriber, writer, read);
    }

    private void Publish(int from, int to)
    {
        for (int n = from; n <= to; n++)
        {
            Assert.True(_upstream.Writer.TryWrite(new GatewayResult(GatewayResultKind.Executed, Encoding.UTF8.GetBytes($$$"""{"data":{"n":{{{n}}}}}"""))));
        }
    }

    private static int Number(GatewayResult result) => Number(result.ToJsonString());

    private static int Number(string json) => JsonNode.Parse(json)!["data"]!["n"]!.GetValue<int>();

    private static async Task Eventually(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>A connection that takes events while <see cref="Accepting"/>, as a transport's writer does when it is free.</summary>
    private sealed class RecordingWriter : IGatewayEventWriter
    {
        private readonly ConcurrentQueue<int> _written = new();

        public volatile bool Accepting = true;

        public IReadOnlyCollection<int> Written => _written;

        public bool TryWrite(GatewayResult result)
        {
            if (!Accepting)
            {
                return false;
            }

            _written.Enqueue(Number(result));
            return true;
        }
    }
}
