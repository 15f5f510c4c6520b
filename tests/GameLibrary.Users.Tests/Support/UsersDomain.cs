using GameLibrary.Events;
using GameLibrary.Persistence;
using GameLibrary.Testing;
using GameLibrary.Users.Catalog;
using GameLibrary.Users.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameLibrary.Users.Tests.Support;

/// <summary>The users domain on a fresh database: a new PostgreSQL database, or the SQLite default in a temp directory.</summary>
public sealed class UsersDomain : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TempDirectory? _directory;

    private UsersDomain(ServiceProvider services, TempDirectory? directory)
    {
        _services = services;
        _directory = directory;
    }

    public ManualClock Clock => (ManualClock)_services.GetRequiredService<TimeProvider>();

    public DatabaseProvider Provider => _services.GetRequiredService<DatabaseSelection<UsersDbContext>>().Provider;

    public static async Task<UsersDomain> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        TempDirectory directory = new();
        Dictionary<string, string?> configuration = new(settings ?? new Dictionary<string, string?>());
        if (provider == DatabaseProvider.PostgreSql)
        {
            configuration["ConnectionStrings:Users"] = await RealServers.CreatePostgresDatabaseAsync("users_domain");
        }

        ServiceCollection services = new();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(directory.Path));
        services.AddSingleton<TimeProvider>(new ManualClock());
        services.AddUsersDomain(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        ServiceProvider built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await built.GetRequiredService<DatabaseInitializer<UsersDbContext>>().InitializeAsync(CancellationToken.None);
        return new UsersDomain(built, directory);
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope, as one request would.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using AsyncServiceScope scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task RunAsync(Func<IServiceProvider, Task> action)
    {
        await using AsyncServiceScope scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull => RunAsync(services => action(services.GetRequiredService<TService>()));

    public Task RunAsync<TService>(Func<TService, Task> action)
        where TService : notnull => RunAsync(services => action(services.GetRequiredService<TService>()));

    /// <summary>The events waiting in the outbox, oldest first.</summary>
    public Task<List<OutboxMessage>> OutboxAsync() => RunAsync(async services =>
        (await services.GetRequiredService<UsersDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync())
            .OrderBy(m => m.Id)
            .ToList());

    /// <summary>Announces a catalog game the way the catalog's event would.</summary>
    public Task AnnounceGameAsync(long gameId, string title = "A Game") =>
        RunAsync<CatalogEventHandler>(handler => handler.HandleAsync(
            new RecordedEvent(gameId, DomainEvent.Create("catalog", new GameCreated(gameId, $"game-{gameId}", title))),
            CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory?.Dispose();
    }
}
