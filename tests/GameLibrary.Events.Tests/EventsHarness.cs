using GameLibrary.Persistence;
using GameLibrary.Testing;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Events.Tests;

/// <summary>
/// A producer and a consumer wired as a subgraph wires them, on the servers the settings select: with no
/// connection strings, the embedded defaults (Garnet started by AddGameLibraryRedis, SQLite under a temp
/// content root). The host is built but only started by tests of the background loops.
/// </summary>
public sealed class EventsHarness : IAsyncDisposable
{
    public const string ConsumerName = "recorder";

    private readonly TempDirectory _contentRoot;

    private EventsHarness(TempDirectory contentRoot, IHost host, string log)
    {
        _contentRoot = contentRoot;
        Host = host;
        Log = log;
    }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    /// <summary>A log name of this test alone, so tests sharing a Redis server do not meet.</summary>
    public string Log { get; }

    public RedisEventLog EventLog => Services.GetRequiredService<RedisEventLog>();

    public OutboxPublisher<CatalogContext> Publisher => Services.GetRequiredService<OutboxPublisher<CatalogContext>>();

    public EventConsumer Consumer => Services.GetServices<EventConsumer>().Single(consumer => consumer.ConsumerName == ConsumerName);

    public RecordingHandler Handler => Services.GetRequiredService<RecordingHandler>();

    public static async Task<EventsHarness> CreateAsync(
        Dictionary<string, string?> settings,
        Action<OutboxPublisherOptions>? publisher = null,
        Action<EventConsumerOptions>? consumer = null,
        Action<IServiceCollection, string>? configure = null)
    {
        var contentRoot = new TempDirectory();
        var log = $"test-{Guid.NewGuid():N}";
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(
            new HostApplicationBuilderSettings { ContentRootPath = contentRoot.Path });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddGameLibraryRedis(builder.Configuration);
        builder.Services.AddGameLibraryDbContext<CatalogContext>(builder.Configuration, "Catalog");
        builder.Services.AddSingleton<RecordingHandler>();
        builder.Services.AddOutboxPublisher<CatalogContext>(publisher);
        builder.Services.AddEventConsumer<RecordingHandler>(log, ConsumerName, consumer);
        configure?.Invoke(builder.Services, log);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer<CatalogContext>>().InitializeAsync(CancellationToken.None);
        return new EventsHarness(contentRoot, host, log);
    }

    /// <summary>Another consumer instance, as after a restart: same log, the given name, its own handler.</summary>
    public EventConsumer<RecordingHandler> NewConsumer(string consumerName, RecordingHandler handler)
    {
        var services = new ServiceCollection().AddSingleton(handler).BuildServiceProvider();
        return new EventConsumer<RecordingHandler>(
            services.GetRequiredService<IServiceScopeFactory>(),
            EventLog,
            new EventConsumerOptions { LogName = Log, ConsumerName = consumerName },
            Services.GetRequiredService<ILogger<EventConsumer<RecordingHandler>>>());
    }

    /// <summary>Saves games with their GameCreated events in one SaveChanges.</summary>
    public async Task<IReadOnlyList<DomainEvent>> CreateGamesAsync(params string[] titles)
    {
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogContext>();
        var events = AddGames(context, titles);
        await context.SaveChangesAsync();
        return events;
    }

    public List<DomainEvent> AddGames(CatalogContext context, params string[] titles)
    {
        List<DomainEvent> events = [];
        foreach (var title in titles)
        {
            var game = new Game { Id = Guid.NewGuid(), Title = title };
            context.Games.Add(game);
            var domainEvent = DomainEvent.Create(Log, new GameCreated(game.Id, title, events.Count));
            Outbox.Add(context, domainEvent);
            events.Add(domainEvent);
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is IAsyncDisposable asyncHost)
        {
            await asyncHost.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }

        SqliteConnection.ClearAllPools();
        _contentRoot.Dispose();
    }
}
