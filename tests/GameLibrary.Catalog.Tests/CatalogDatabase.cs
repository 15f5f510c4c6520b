using GameLibrary.Persistence;
using GameLibrary.Testing;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameLibrary.Catalog.Tests;

/// <summary>A fresh catalog database, initialized as the host would: migrated PostgreSQL or created SQLite.</summary>
public sealed class CatalogDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TempDirectory _directory;

    private CatalogDatabase(ServiceProvider services, TempDirectory directory)
    {
        _services = services;
        _directory = directory;
    }

    public IServiceProvider Services => _services;

    public static async Task<CatalogDatabase> CreateAsync(DatabaseProvider provider)
    {
        TempDirectory directory = new();
        Dictionary<string, string?> settings = [];
        if (provider == DatabaseProvider.PostgreSql)
        {
            settings["ConnectionStrings:Catalog"] = await RealServers.CreatePostgresDatabaseAsync("catalog_domain");
        }

        ServiceCollection services = new();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(DatabaseSelection<CatalogDbContext>.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), "Catalog", directory.Path));
        services.AddGameLibraryDbContext<CatalogDbContext>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), "Catalog");
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Commands.GameCommands>();
        services.AddSingleton<Search.GameSearch>();
        ServiceProvider provided = services.BuildServiceProvider();
        await provided.GetRequiredService<DatabaseInitializer<CatalogDbContext>>().InitializeAsync(CancellationToken.None);
        return new CatalogDatabase(provided, directory);
    }

    public Task<CatalogDbContext> ContextAsync() =>
        _services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
