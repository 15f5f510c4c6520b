using StackExchange.Redis;

namespace GameLibrary.Redis.Tests;

/// <summary>
/// The Redis features the platform relies on, run against every server it supports: the
/// event log, leaderboards and subscriptions must behave the same on Redis and on Garnet.
/// </summary>
public abstract class RedisBehaviourTests : IAsyncLifetime
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";

    private IConnectionMultiplexer? _connection;

    protected IConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("Not initialized.");

    protected IDatabase Database => Connection.GetDatabase();

    public async Task InitializeAsync() => _connection = await ConnectAsync();

    public virtual async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task SetThenGetReturnsTheValueAndIncrCounts()
    {
        await Database.StringSetAsync(Key("name"), "Celeste");
        Assert.Equal("Celeste", (string?)await Database.StringGetAsync(Key("name")));

        Assert.Equal(1, await Database.StringIncrementAsync(Key("counter")));
        Assert.Equal(2, await Database.StringIncrementAsync(Key("counter")));
    }

    [Fact]
    public async Task SortedSetRangeByScoreReadsAfterAnOffsetInScoreOrderWithALimit()
    {
        var key = Key("scores");
        await Database.SortedSetAddAsync(key, [new("c", 3), new("a", 1), new("e", 5), new("b", 2), new("d", 4)]);

        var page = await Database.SortedSetRangeByScoreWithScoresAsync(
            key, start: 2, stop: double.PositiveInfinity, exclude: Exclude.Start, order: Order.Ascending, skip: 0, take: 2);

        Assert.Equal(["c", "d"], page.Select(entry => (string?)entry.Element));
        Assert.Equal([3d, 4d], page.Select(entry => entry.Score));
        Assert.Equal(["e", "d"], (await Database.SortedSetRangeByRankAsync(key, 0, 1, Order.Descending)).Select(v => (string?)v));
    }

    [Fact]
    public async Task HashFieldsRoundTrip()
    {
        var key = Key("offsets");
        await Database.HashSetAsync(key, "recommendations", 42);

        Assert.Equal(42, (long)await Database.HashGetAsync(key, "recommendations"));
        Assert.True((await Database.HashGetAsync(key, "nobody")).IsNull);
    }

    [Fact]
    public async Task PublishedMessageReachesSubscriber()
    {
        var channel = RedisChannel.Literal(_prefix + "channel");
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = await Connection.GetSubscriber().SubscribeAsync(channel);
        queue.OnMessage(message => received.TrySetResult(message.Message.ToString()));

        var receivers = await Connection.GetSubscriber().PublishAsync(channel, "hello");

        Assert.Equal(1, receivers);
        Assert.Equal("hello", await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await queue.UnsubscribeAsync();
    }

    [Fact]
    public async Task LuaScriptReadsAndWritesItsKeys()
    {
        const string script = """
            if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then
              return -tonumber(redis.call('HGET', KEYS[2], ARGV[1]))
            end
            local sequence = redis.call('INCR', KEYS[1])
            redis.call('HSET', KEYS[2], ARGV[1], sequence)
            return sequence
            """;
        RedisKey[] keys = [Key("sequence"), Key("ids")];

        var first = (long)await Database.ScriptEvaluateAsync(script, keys, ["a"]);
        var second = (long)await Database.ScriptEvaluateAsync(script, keys, ["b"]);
        var repeated = (long)await Database.ScriptEvaluateAsync(script, keys, ["a"]);

        Assert.Equal((1, 2, -1), (first, second, repeated));
    }

    [Fact]
    public async Task LuaScriptsOfConcurrentConnectionsDoNotInterleave()
    {
        // Each script takes a number and only afterwards publishes it; were scripts of different
        // connections to interleave, a reader would sometimes see a number before a lower one.
        const string script = """
            local sequence = redis.call('INCR', KEYS[1])
            for i = 1, 10 do redis.call('HSET', KEYS[3], ARGV[1] .. ':' .. i, sequence) end
            redis.call('ZADD', KEYS[2], sequence, ARGV[1])
            return sequence
            """;
        RedisKey[] keys = [Key("sequence"), Key("entries"), Key("scratch")];
        const int writers = 4;
        const int scriptsPerWriter = 400;

        var writing = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            await using var connection = await ConnectAsync();
            var database = connection.GetDatabase();
            for (var i = 0; i < scriptsPerWriter; i++)
            {
                await database.ScriptEvaluateAsync(script, keys, [$"{writer}:{i}"]);
            }
        })).ToArray();

        var gapsSeen = 0;
        while (!writing.All(task => task.IsCompleted))
        {
            var highest = await Database.SortedSetRangeByRankWithScoresAsync(keys[1], -1, -1);
            if (highest.Length == 1 && await Database.SortedSetLengthAsync(keys[1], 1, highest[0].Score) != (long)highest[0].Score)
            {
                gapsSeen++;
            }
        }

        await Task.WhenAll(writing);
        Assert.Equal(0, gapsSeen);
        Assert.Equal(writers * scriptsPerWriter, await Database.SortedSetLengthAsync(keys[1]));
    }

    protected abstract Task<IConnectionMultiplexer> ConnectAsync();

    private RedisKey Key(string name) => _prefix + name;
}
