using GameLibrary.Events;
using GameLibrary.Persistence;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Catalog;
using GameLibrary.Scoreboard.Competitions;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.Scores;
using GameLibrary.Testing;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using StackExchange.Redis;

namespace GameLibrary.Scoreboard.Tests.Support;

/// <summary>
/// The scoreboard domain on a fresh store: a new PostgreSQL database and the shared Redis, or SQLite in a temp directory
/// and the in-process Garnet; a unique Redis prefix and event log per instance; a clock the test moves.
/// </summary>
public sealed class ScoreboardDomain : IAsyncDisposable
{
    public const long Game = 1;

    public const long OtherGame = 2;

    private readonly ServiceProvider _services;
    private readonly TempDirectory _directory;
    private int _keys;

    private ScoreboardDomain(ServiceProvider services, TempDirectory directory, Backend backend)
    {
        _services = services;
        _directory = directory;
        Backend = backend;
    }

    public Backend Backend { get; }

    public IServiceProvider Services => _services;

    public TestClock Clock => (TestClock)_services.GetRequiredService<TimeProvider>();

    public Leaderboards Leaderboards => _services.GetRequiredService<Leaderboards>();

    public string EventLog => _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScoreboardOptions>>().Value.EventLog;

    public static async Task<ScoreboardDomain> StartAsync(
        Backend backend, IReadOnlyDictionary<string, string?>? settings = null, string? redisConfiguration = null)
    {
        TempDirectory directory = new();
        string unique = Guid.NewGuid().ToString("N");
        Dictionary<string, string?> configuration = new()
        {
            ["ConnectionStrings:Redis"] = redisConfiguration ?? (backend == Backend.PostgresRedis ? RealServers.RedisConfiguration : SharedGarnet.Configuration),
            ["Scoreboard:RedisPrefix"] = $"sbt-{unique}:",
            ["Scoreboard:EventLog"] = $"scoreboard-{unique}",
            ["Scoreboard:LiveUpdateInterval"] = "00:00:00.050",
        };
        if (backend == Backend.PostgresRedis)
        {
            configuration["ConnectionStrings:Scoreboard"] = await RealServers.CreatePostgresDatabaseAsync("scoreboard_domain");
        }

        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        ServiceCollection services = new();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(directory.Path));
        services.AddSingleton<TimeProvider>(new TestClock());
        IConfiguration built = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        services.AddGameLibraryRedis(built);
        services.AddScoreboardDomain(built);
        ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.GetRequiredService<DatabaseInitializer<ScoreboardDbContext>>().InitializeAsync(CancellationToken.None);
        ScoreboardDomain domain = new(provider, directory, backend);
        await domain.AnnounceGameAsync(Game);
        await domain.AnnounceGameAsync(OtherGame);
        return domain;
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using AsyncServiceScope scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull => RunAsync(services => action(services.GetRequiredService<TService>()));

    public string NewKey() => $"key-{Interlocked.Increment(ref _keys):D4}-{Guid.NewGuid():N}"[..24];

    /// <summary>Submits through a fresh scope, as one request would.</summary>
    public Task<SubmissionResult> SubmitAsync(
        Guid userId, long score, long gameId = Game, string? key = null, DateTimeOffset? playedAt = null, Guid? competitionId = null) =>
        RunAsync<ScoreService, SubmissionResult>(service => service.SubmitAsync(
            new SubmitScoreCommand(userId, gameId, score, key ?? NewKey(), playedAt, competitionId, "127.0.0.1", "tests"),
            CancellationToken.None));

    public Task AnnounceGameAsync(long gameId) => DeliverAsync<CatalogEventHandler>(
        DomainEvent.Create("catalog", new GameCreated(gameId, $"game-{gameId}", $"Game {gameId}")));

    public Task RegisterAsync(Guid userId, Region region) => DeliverAsync<UsersEventHandler>(
        DomainEvent.Create("users", new UserRegistered(userId, $"player-{userId:N}", region.ToString())));

    public Task DeliverAsync<THandler>(DomainEvent domainEvent)
        where THandler : IEventHandler => RunAsync<THandler, bool>(async handler =>
        {
            await handler.HandleAsync(new RecordedEvent(1, domainEvent), CancellationToken.None);
            return true;
        });

    public Task<Competition> CreateCompetitionAsync(long gameId, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        RunAsync<CompetitionService, Competition>(service => service.CreateAsync(gameId, "Cup", startsAt, endsAt, Guid.NewGuid(), CancellationToken.None));

    public Task<LeaderboardPage> ReadAsync(LeaderboardWindow window = LeaderboardWindow.AllTime, Region? region = null, int first = 100, long gameId = Game) =>
        Leaderboards.ReadPageAsync(new BoardId(gameId, BoardPeriod.Of(window, Clock.Now), region), first, null, null, CancellationToken.None);

    public Task<LeaderboardPage> ReadSqlAsync(BoardId board, int first = 100) =>
        _services.GetRequiredService<SqlBoards>().ReadPageAsync(board, first, null, null, CancellationToken.None);

    public Task<LeaderboardPage> ReadRedisAsync(BoardId board, int first = 100) =>
        _services.GetRequiredService<RedisBoards>().ReadPageAsync(board, first, null, null);

    public Task<List<OutboxMessage>> OutboxAsync() => RunAsync(async services =>
        (await services.GetRequiredService<ScoreboardDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync()).OrderBy(m => m.Id).ToList());

    public Task<List<Score>> ScoresAsync() => RunAsync(async services =>
        await services.GetRequiredService<ScoreboardDbContext>().Scores.AsNoTracking().ToListAsync());

    /// <summary>Every board key under this domain's prefix with its contents, for comparing live boards with a rebuild.</summary>
    public async Task<SortedDictionary<string, string>> DumpBoardsAsync()
    {
        IConnectionMultiplexer redis = _services.GetRequiredService<IConnectionMultiplexer>();
        BoardKeys keys = _services.GetRequiredService<BoardKeys>();
        IDatabase database = redis.GetDatabase();
        SortedDictionary<string, string> dump = new(StringComparer.Ordinal);
        foreach (IServer server in redis.GetServers())
        {
            await foreach (RedisKey key in server.KeysAsync(database.Database, keys.BoardPattern))
            {
                string name = key.ToString();
                dump[name] = name.EndsWith(":m", StringComparison.Ordinal)
                    ? string.Join(",", (await database.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}").Order(StringComparer.Ordinal))
                    : string.Join(",", (await database.SortedSetRangeByRankWithScoresAsync(key, order: Order.Descending)).Select(e => $"{e.Element}={e.Score}"));
            }
        }

        return dump;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
