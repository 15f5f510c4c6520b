using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using StackExchange.Redis;

namespace GameLibrary.Events.Tests;

/// <summary>
/// Outbox → event log → consumer, run once on real Redis and PostgreSQL and once on the embedded
/// defaults (Garnet, which has no Streams, and SQLite).
/// </summary>
public abstract class EventPipelineTests
{
    [Fact]
    public async Task CommittedEventsReachAConsumerOnceThePublisherRuns()
    {
        await using var harness = await CreateHarnessAsync();
        var created = await harness.CreateGamesAsync("Hades", "Celeste", "Tunic");

        Assert.Equal(0, await harness.Consumer.ProcessAvailableAsync(CancellationToken.None));
        Assert.Equal(3, await harness.Publisher.PublishPendingAsync(CancellationToken.None));
        Assert.Equal(3, await harness.Consumer.ProcessAvailableAsync(CancellationToken.None));

        Assert.Equal(created, harness.Handler.Handled.Select(recorded => recorded.Event));
        Assert.Equal([1L, 2L, 3L], harness.Handler.Handled.Select(recorded => recorded.Sequence));
        Assert.Equal(
            ["Hades", "Celeste", "Tunic"],
            harness.Handler.Handled.Select(recorded => recorded.Event.GetPayload<GameCreated>().Title));
        Assert.All(harness.Handler.Handled, recorded => Assert.Equal(nameof(GameCreated), recorded.Event.Type));
        await using var scope = harness.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<CatalogContext>().Set<OutboxMessage>().ToListAsync());
    }

    [Fact]
    public async Task ARestartedConsumerResumesFromItsOffsetWithoutLossOrRedelivery()
    {
        await using var harness = await CreateHarnessAsync();
        await harness.CreateGamesAsync("A", "B", "C");
        await harness.Publisher.PublishPendingAsync(CancellationToken.None);
        var beforeRestart = new RecordingHandler();
        Assert.Equal(3, await harness.NewConsumer("restarting", beforeRestart).ProcessAvailableAsync(CancellationToken.None));

        var later = await harness.CreateGamesAsync("D", "E");
        await harness.Publisher.PublishPendingAsync(CancellationToken.None);
        var afterRestart = new RecordingHandler();
        var handled = await harness.NewConsumer("restarting", afterRestart).ProcessAvailableAsync(CancellationToken.None);

        Assert.Equal(2, handled);
        Assert.Equal(later, afterRestart.Handled.Select(recorded => recorded.Event));
        Assert.Equal(5, await harness.EventLog.GetOffsetAsync(harness.Log, "restarting"));
        var otherName = new RecordingHandler();
        Assert.Equal(5, await harness.NewConsumer("someone-else", otherName).ProcessAvailableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReplayFromTheStartDeliversEverythingAgainInOrder()
    {
        await using var harness = await CreateHarnessAsync();
        var created = await harness.CreateGamesAsync("A", "B", "C", "D");
        await harness.Publisher.PublishPendingAsync(CancellationToken.None);
        await harness.Consumer.ProcessAvailableAsync(CancellationToken.None);

        await harness.Consumer.ReplayFromStartAsync(CancellationToken.None);
        var replayed = await harness.Consumer.ProcessAvailableAsync(CancellationToken.None);

        Assert.Equal(4, replayed);
        Assert.Equal([.. created, .. created], harness.Handler.Handled.Select(recorded => recorded.Event));
        Assert.Equal([1L, 2L, 3L, 4L, 1L, 2L, 3L, 4L], harness.Handler.Handled.Select(recorded => recorded.Sequence));
    }

    [Fact]
    public async Task ResettingTheOffsetRedeliversOnlyWhatFollowsIt()
    {
        await using var harness = await CreateHarnessAsync();
        var created = await harness.CreateGamesAsync("A", "B", "C", "D");
        await harness.Publisher.PublishPendingAsync(CancellationToken.None);
        await harness.Consumer.ProcessAvailableAsync(CancellationToken.None);

        await harness.Consumer.ResetOffsetAsync(2, CancellationToken.None);
        await harness.Consumer.ProcessAvailableAsync(CancellationToken.None);

        Assert.Equal([.. created, created[2], created[3]], harness.Handler.Handled.Select(recorded => recorded.Event));
    }

    [Fact]
    public async Task AnEventOfARolledBackTransactionNeverAppears()
    {
        await using var harness = await CreateHarnessAsync();
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<CatalogContext>();
            await using var transaction = await context.Database.BeginTransactionAsync();
            harness.AddGames(context, "Rolled back");
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        var committed = await harness.CreateGamesAsync("Committed");
        await harness.Publisher.PublishPendingAsync(CancellationToken.None);
        await harness.Consumer.ProcessAvailableAsync(CancellationToken.None);

        Assert.Equal(committed, harness.Handler.Handled.Select(recorded => recorded.Event));
        Assert.Equal(1, await harness.EventLog.GetLastSequenceAsync(harness.Log));
    }

    [Fact]
    public async Task AnEventOfAFailedSaveChangesNeverAppears()
    {
        await using var harness = await CreateHarnessAsync();
        var existing = Guid.NewGuid();
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<CatalogContext>();
            context.Games.Add(new Game { Id = existing, Title = "Existing" });
            await context.SaveChangesAsync();
        }

        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<CatalogContext>();
            harness.AddGames(context, "Doomed");
            context.Games.Add(new Game { Id = existing, Title = "Duplicate key" });
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }

        Assert.Equal(0, await harness.Publisher.PublishPendingAsync(CancellationToken.None));
        Assert.Equal(0, await harness.EventLog.GetLastSequenceAsync(harness.Log));
    }

    [Fact]
    public async Task AppendingTheSameEventTwiceStoresItOnce()
    {
        await using var harness = await CreateHarnessAsync();
        var domainEvent = DomainEvent.Create(harness.Log, new GameCreated(Guid.NewGuid(), "Once", 0));
        var other = DomainEvent.Create(harness.Log, new GameCreated(Guid.NewGuid(), "Other", 1));

        var first = await harness.EventLog.AppendAsync([domainEvent]);
        var retry = await harness.EventLog.AppendAsync([domainEvent, other, other]);

        Assert.Equal([new EventAppendResult(domainEvent.Id, 1, Appended: true)], first);
        Assert.Equal(
            [new(domainEvent.Id, 1, Appended: false), new(other.Id, 2, Appended: true), new(other.Id, 2, Appended: false)],
            retry);
        Assert.Equal([domainEvent, other], (await harness.EventLog.ReadAsync(harness.Log, 0, 10)).Select(recorded => recorded.Event));
    }

    [Fact]
    public async Task APublisherThatCrashedAfterAppendingRepublishesWithoutDuplicates()
    {
        await using var harness = await CreateHarnessAsync();
        var created = await harness.CreateGamesAsync("A", "B", "C");
        // The crash: the events reached the log but their outbox rows were not deleted.
        await harness.EventLog.AppendAsync(created.Take(2));

        Assert.Equal(3, await harness.Publisher.PublishPendingAsync(CancellationToken.None));

        Assert.Equal(created, (await harness.EventLog.ReadAsync(harness.Log, 0, 10)).Select(recorded => recorded.Event));
    }

    [Fact]
    public async Task FiveHundredEventsKeepTheirOrderAcrossBatches()
    {
        await using var harness = await CreateHarnessAsync(publisher: options => options.BatchSize = 64);
        List<DomainEvent> created = [];
        for (var transaction = 0; transaction < 50; transaction++)
        {
            created.AddRange(await harness.CreateGamesAsync([.. Enumerable.Range(0, 10).Select(i => $"Game {(transaction * 10) + i}")]));
        }

        Assert.Equal(500, await harness.Publisher.PublishPendingAsync(CancellationToken.None));
        Assert.Equal(500, await harness.Consumer.ProcessAvailableAsync(CancellationToken.None));

        Assert.Equal(created, harness.Handler.Handled.Select(recorded => recorded.Event));
        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), harness.Handler.Handled.Select(recorded => recorded.Sequence));
    }

    [Fact]
    public async Task AFailingHandlerLeavesTheOffsetAndTheEventIsRedelivered()
    {
        await using var harness = await CreateHarnessAsync();
        var created = await harness.CreateGamesAsync("A", "B", "C");
        await harness.Publisher.PublishPendingAsync(CancellationToken.None);
        harness.Handler.FailOnce(created[1].Id);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Consumer.ProcessAvailableAsync(CancellationToken.None));
        Assert.Equal(1, await harness.EventLog.GetOffsetAsync(harness.Log, EventsHarness.ConsumerName));

        Assert.Equal(2, await harness.Consumer.ProcessAvailableAsync(CancellationToken.None));
        Assert.Equal(created, harness.Handler.Handled.Select(recorded => recorded.Event));
        Assert.Equal([created[0].Id, created[1].Id, created[1].Id, created[2].Id], harness.Handler.Attempts);
        Assert.Equal(3, await harness.EventLog.GetOffsetAsync(harness.Log, EventsHarness.ConsumerName));
    }

    [Fact]
    public async Task AnIdempotentHandlerAppliesEachEventOnceAcrossAReplay()
    {
        await using var harness = await CreateHarnessAsync(configure: (services, log) =>
            services.AddEventConsumer<CountingHandler>(log, CountingHandler.ConsumerName));
        await harness.CreateGamesAsync("A", "B", "C");
        await harness.Publisher.PublishPendingAsync(CancellationToken.None);
        var counter = harness.Services.GetServices<EventConsumer>().Single(consumer => consumer.ConsumerName == CountingHandler.ConsumerName);

        await counter.ProcessAvailableAsync(CancellationToken.None);
        await counter.ReplayFromStartAsync(CancellationToken.None);
        Assert.Equal(3, await counter.ProcessAvailableAsync(CancellationToken.None));

        await using var scope = harness.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogContext>();
        Assert.Equal(3, (await context.GameCounts.SingleAsync()).Count);
        Assert.Equal(3, await context.Set<ProcessedEvent>().CountAsync(p => p.Consumer == CountingHandler.ConsumerName));
    }

    [Fact]
    public async Task EventsOfDifferentLogsInOneSaveGoToTheirOwnLogs()
    {
        await using var harness = await CreateHarnessAsync();
        var otherLog = $"{harness.Log}-other";
        List<DomainEvent> events =
        [
            DomainEvent.Create(harness.Log, new GameCreated(Guid.NewGuid(), "First", 0)),
            DomainEvent.Create(otherLog, "UserRegistered", new { UserId = Guid.NewGuid() }),
            DomainEvent.Create(harness.Log, new GameCreated(Guid.NewGuid(), "Second", 1)),
        ];
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<CatalogContext>();
            events.ForEach(domainEvent => Outbox.Add(context, domainEvent));
            await context.SaveChangesAsync();
        }

        await harness.Publisher.PublishPendingAsync(CancellationToken.None);

        Assert.Equal([events[0], events[2]], (await harness.EventLog.ReadAsync(harness.Log, 0, 10)).Select(recorded => recorded.Event));
        Assert.Equal([events[1]], (await harness.EventLog.ReadAsync(otherLog, 0, 10)).Select(recorded => recorded.Event));
    }

    [Fact]
    public async Task ConcurrentProducersOnSeparateConnectionsLoseNothingForAConcurrentReader()
    {
        await using var harness = await CreateHarnessAsync();
        var configuration = harness.Services.GetRequiredService<IConnectionMultiplexer>().Configuration;
        const int producers = 3;
        const int eventsPerProducer = 150;

        var producing = Enumerable.Range(0, producers).Select(producer => Task.Run(async () =>
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
            var log = new RedisEventLog(connection);
            for (var i = 0; i < eventsPerProducer; i++)
            {
                await log.AppendAsync([DomainEvent.Create(harness.Log, new GameCreated(Guid.NewGuid(), $"{producer}", i))]);
            }
        })).ToArray();
        while (!producing.All(task => task.IsCompleted))
        {
            await harness.Consumer.ProcessAvailableAsync(CancellationToken.None);
        }

        await Task.WhenAll(producing);
        await harness.Consumer.ProcessAvailableAsync(CancellationToken.None);

        var handled = harness.Handler.Handled;
        Assert.Equal(Enumerable.Range(1, producers * eventsPerProducer).Select(i => (long)i), handled.Select(recorded => recorded.Sequence));
        Assert.All(
            handled.GroupBy(recorded => recorded.Event.GetPayload<GameCreated>().Title),
            fromOneProducer => Assert.Equal(
                Enumerable.Range(0, eventsPerProducer),
                fromOneProducer.Select(recorded => recorded.Event.GetPayload<GameCreated>().Number)));
    }

    [Fact]
    public async Task RunningInTheBackgroundASaveReachesTheConsumerWithoutWaitingForAPoll()
    {
        // Poll intervals far beyond the timeout: only the save's wake-up and the log's notification can deliver in time.
        await using var harness = await CreateHarnessAsync(
            publisher: options => options.PollInterval = TimeSpan.FromMinutes(5),
            consumer: options => options.PollInterval = TimeSpan.FromMinutes(5));
        await harness.Host.StartAsync();

        var created = await harness.CreateGamesAsync("Live");

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (harness.Handler.Handled.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(created, harness.Handler.Handled.Select(recorded => recorded.Event));
        await harness.Host.StopAsync();
    }

    [Fact]
    public async Task RunningInTheBackgroundAFailingHandlerIsRetried()
    {
        await using var harness = await CreateHarnessAsync(consumer: options => options.RetryDelay = TimeSpan.FromMilliseconds(50));
        await harness.Host.StartAsync();
        List<DomainEvent> created;
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<CatalogContext>();
            created = harness.AddGames(context, "A", "B");
            harness.Handler.FailOnce(created[0].Id);
            await context.SaveChangesAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (harness.Handler.Handled.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(created, harness.Handler.Handled.Select(recorded => recorded.Event));
        Assert.Equal([created[0].Id, created[0].Id, created[1].Id], harness.Handler.Attempts);
        await harness.Host.StopAsync();
    }

    protected abstract Task<Dictionary<string, string?>> SettingsAsync();

    private async Task<EventsHarness> CreateHarnessAsync(
        Action<OutboxPublisherOptions>? publisher = null,
        Action<EventConsumerOptions>? consumer = null,
        Action<IServiceCollection, string>? configure = null) =>
        await EventsHarness.CreateAsync(await SettingsAsync(), publisher, consumer, configure);
}
