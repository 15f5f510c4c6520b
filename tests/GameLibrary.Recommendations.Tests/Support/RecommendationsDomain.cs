using System.Globalization;
using System.Text;

using GameLibrary.Events;
using GameLibrary.Persistence;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Rebuild;
using GameLibrary.Recommendations.Serving;
using GameLibrary.Testing;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameLibrary.Recommendations.Tests.Support;

/// <summary>
/// The recommendations domain on a fresh database and Redis (or SQLite and Garnet), with its own event logs. The
/// consumers are not started: <see cref="ProcessAsync"/> runs them, so a test decides when events are handled.
/// </summary>
public sealed class RecommendationsDomain : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TempDirectory? _directory;

    private RecommendationsDomain(ServiceProvider services, TempDirectory? directory, Settings settings)
    {
        _services = services;
        _directory = directory;
        Configuration = settings;
    }

    public Settings Configuration { get; }

    public ManualClock Clock => (ManualClock)_services.GetRequiredService<TimeProvider>();

    public RecommendationService Service => _services.GetRequiredService<RecommendationService>();

    public RedisEventLog Log => _services.GetRequiredService<RedisEventLog>();

    public static Task<RecommendationsDomain> StartAsync(Backend backend) => StartAsync(Settings.Fresh(backend));

    /// <summary>Starts on existing settings: the same database and logs as an earlier instance, as after a restart.</summary>
    public static async Task<RecommendationsDomain> StartAsync(Settings settings, ManualClock? clock = null)
    {
        TempDirectory? directory = settings.ContentRoot is null ? new TempDirectory() : null;
        string contentRoot = settings.ContentRoot ?? directory!.Path;
        if (settings.Backend == Backend.PostgresAndRedis && settings.Database is null)
        {
            settings = settings with { Database = await RealServers.CreatePostgresDatabaseAsync("recommendations_domain") };
        }

        settings = settings with { ContentRoot = contentRoot };
        Dictionary<string, string?> configuration = new()
        {
            ["ConnectionStrings:Recommendations"] = settings.Database,
            ["ConnectionStrings:Redis"] = settings.Backend == Backend.PostgresAndRedis ? RealServers.RedisConfiguration : null,
            ["Redis:Embedded:DataDirectory"] = "",
            ["Recommendations:CatalogEventLog"] = settings.CatalogLog,
            ["Recommendations:UsersEventLog"] = settings.UsersLog,
            ["Recommendations:ScoreboardEventLog"] = settings.ScoreboardLog,
            ["Recommendations:RedisKeyPrefix"] = settings.RedisPrefix,
        };

        ServiceCollection services = new();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(contentRoot));
        services.AddSingleton<TimeProvider>(clock ?? new ManualClock());
        IConfiguration built = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        services.AddGameLibraryRedis(built);
        services.AddRecommendationsDomain(built);
        services.AddRecommendationsEvents(built);
        ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.GetRequiredService<DatabaseInitializer<RecommendationsDbContext>>().InitializeAsync(CancellationToken.None);
        return new RecommendationsDomain(provider, directory, settings);
    }

    /// <summary>Appends an event to one of the three logs, occurring at the clock's time (or <paramref name="at"/>).</summary>
    public async Task<DomainEvent> PublishAsync<TPayload>(Source source, TPayload payload, DateTimeOffset? at = null)
    {
        string log = source switch
        {
            Source.Catalog => Configuration.CatalogLog,
            Source.Users => Configuration.UsersLog,
            _ => Configuration.ScoreboardLog,
        };
        DomainEvent created = DomainEvent.Create(log, payload, Clock);
        DomainEvent domainEvent = at is { } when ? created with { OccurredAt = when } : created;
        await Log.AppendAsync([domainEvent]);
        return domainEvent;
    }

    /// <summary>Runs every consumer until its log is exhausted; returns how many events were handled.</summary>
    public async Task<int> ProcessAsync()
    {
        int handled = 0;
        foreach (EventConsumer consumer in _services.GetServices<EventConsumer>())
        {
            handled += await consumer.ProcessAvailableAsync(CancellationToken.None);
        }

        return handled;
    }

    /// <summary>Delivers every event of every log again to its handler, as an at-least-once redelivery would.</summary>
    public async Task RedeliverEverythingAsync()
    {
        foreach (EventConsumer consumer in _services.GetServices<EventConsumer>())
        {
            await consumer.ReplayFromStartAsync(CancellationToken.None);
        }

        await ProcessAsync();
    }

    public Task<int> RebuildAsync() => _services.GetRequiredService<ReadModelRebuilder>().RebuildAsync(replay: true, CancellationToken.None);

    /// <summary>Every row of the read model (not the processed-event marks), in a stable text form.</summary>
    public async Task<string> ReadModelAsync()
    {
        await using AsyncServiceScope scope = _services.CreateAsyncScope();
        RecommendationsDbContext db = scope.ServiceProvider.GetRequiredService<RecommendationsDbContext>();
        StringBuilder text = new();
        foreach (var game in (await db.Games.AsNoTracking().ToListAsync()).OrderBy(g => g.GameId))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"game {game.GameId} {game.Title} g[{string.Join(',', game.GenreIds)}] p[{string.Join(',', game.PlatformIds)}] d[{string.Join(',', game.DeveloperIds)}] u[{string.Join(',', game.PublisherIds)}] {game.ReleaseYear}");
        }

        foreach (var player in (await db.Players.AsNoTracking().ToListAsync()).OrderBy(p => p.UserId))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"player {player.UserId} {player.Region}");
        }

        foreach (var rating in (await db.Ratings.AsNoTracking().ToListAsync()).OrderBy(r => r.UserId).ThenBy(r => r.GameId))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"rating {rating.UserId} {rating.GameId} {rating.Rating} {rating.RatedAt:O}");
        }

        foreach (var entry in (await db.Library.AsNoTracking().ToListAsync()).OrderBy(e => e.UserId).ThenBy(e => e.GameId))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"library {entry.UserId} {entry.GameId} {entry.Status} {entry.AddedAt:O}");
        }

        foreach (var play in (await db.Plays.AsNoTracking().ToListAsync()).OrderBy(p => p.ScoreId))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"play {play.ScoreId} {play.UserId} {play.GameId} {play.PlayedAt:O}");
        }

        foreach (var tombstone in (await db.Tombstones.AsNoTracking().ToListAsync()).OrderBy(t => t.Kind).ThenBy(t => t.Key))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"tombstone {tombstone.Kind} {tombstone.Key}");
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory?.Dispose();
    }

    /// <summary>Where a domain instance keeps its state; reusing it starts another instance on the same state.</summary>
    public sealed record Settings(Backend Backend, string? Database, string? ContentRoot, string CatalogLog, string UsersLog, string ScoreboardLog, string RedisPrefix)
    {
        public static Settings Fresh(Backend backend)
        {
            string id = Guid.NewGuid().ToString("N");
            return new(backend, null, null, $"catalog-{id}", $"users-{id}", $"scoreboard-{id}", $"recommendations-test-{id}");
        }
    }
}

/// <summary>The subgraph an event comes from.</summary>
public enum Source
{
    Catalog,
    Users,
    Scoreboard,
}
