using GameLibrary.Testing;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

using Npgsql;

namespace GameLibrary.Persistence.Tests;

public sealed class AddGameLibraryDbContextTests : IDisposable
{
    private readonly TempDirectory _contentRoot = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _contentRoot.Dispose();
    }

    [Fact]
    public async Task WithoutAConnectionStringSqliteFileIsCreatedUnderTheContentRoot()
    {
        using var host = await StartHostAsync(services => services.AddGameLibraryDbContext<GamesContext>(Configuration, "Catalog"));

        await AddGameAsync(host, "Hades");

        Assert.Equal(DatabaseProvider.Sqlite, host.Services.GetRequiredService<DatabaseSelection<GamesContext>>().Provider);
        Assert.True(File.Exists(Path.Combine(_contentRoot.Path, ".data", "catalog.db")));
        Assert.Equal(["Hades"], await TitlesAsync(host));
        await using var scope = host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GamesContext>();
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", context.Database.ProviderName);
        Assert.Equal(["wal"], await context.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
    }

    [Fact]
    public async Task SqliteDataSurvivesARestart()
    {
        using (var host = await StartHostAsync(services => services.AddGameLibraryDbContext<GamesContext>(Configuration, "Catalog")))
        {
            await AddGameAsync(host, "Celeste");
        }

        using (var host = await StartHostAsync(services => services.AddGameLibraryDbContext<GamesContext>(Configuration, "Catalog")))
        {
            Assert.Equal(["Celeste"], await TitlesAsync(host));
        }
    }

    [Fact]
    public async Task WithAConnectionStringPostgreSqlIsUsed()
    {
        var connectionString = await RealServers.CreatePostgresDatabaseAsync("persistence");
        Configuration["ConnectionStrings:Catalog"] = connectionString;

        using var host = await StartHostAsync(services => services.AddGameLibraryDbContext<GamesContext>(Configuration, "Catalog"));
        await AddGameAsync(host, "Outer Wilds");

        var selection = host.Services.GetRequiredService<DatabaseSelection<GamesContext>>();
        Assert.Equal((DatabaseProvider.PostgreSql, connectionString), (selection.Provider, selection.ConnectionString));
        Assert.False(Directory.Exists(Path.Combine(_contentRoot.Path, ".data")));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Title" FROM "Games" """, connection);
        Assert.Equal("Outer Wilds", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OnPostgreSqlTheContextsMigrationsAreApplied()
    {
        var connectionString = await RealServers.CreatePostgresDatabaseAsync("persistence");
        Configuration["ConnectionStrings:Catalog"] = connectionString;

        using var host = await StartHostAsync(services => services.AddGameLibraryDbContext<MigratedContext>(Configuration, "Catalog"));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var history = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" """, connection);
        Assert.Equal("20260101000000_Initial", await history.ExecuteScalarAsync());
        await using var marker = new NpgsqlCommand("""SELECT count(*) FROM "MigrationMarker" """, connection);
        Assert.Equal(0L, await marker.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OnSqliteTheSchemaIsCreatedFromTheModelEvenWhenTheContextHasMigrations()
    {
        using var host = await StartHostAsync(services => services.AddGameLibraryDbContext<MigratedContext>(Configuration, "Catalog"));

        await using var scope = host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<MigratedContext>();
        context.Games.Add(new Game { Title = "Tunic" });
        await context.SaveChangesAsync();
        var tables = await context.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .ToListAsync();
        Assert.Contains("Games", tables);
        Assert.DoesNotContain("MigrationMarker", tables);
    }

    [Fact]
    public async Task EachContextGetsItsOwnDatabaseAndHealthCheck()
    {
        using var host = await StartHostAsync(services => services
            .AddGameLibraryDbContext<GamesContext>(Configuration, "Catalog")
            .AddGameLibraryDbContext<MigratedContext>(Configuration, "Users"));

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.True(File.Exists(Path.Combine(_contentRoot.Path, ".data", "catalog.db")));
        Assert.True(File.Exists(Path.Combine(_contentRoot.Path, ".data", "users.db")));
        Assert.Equal(["database-catalog", "database-users"], report.Entries.Keys.Order());
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task TheFactoryAndTheScopedContextShareTheSelectedDatabase()
    {
        using var host = await StartHostAsync(services => services.AddGameLibraryDbContext<GamesContext>(Configuration, "Catalog"));
        await AddGameAsync(host, "Balatro");

        await using var fromFactory = await host.Services.GetRequiredService<IDbContextFactory<GamesContext>>().CreateDbContextAsync();

        Assert.Equal(["Balatro"], await fromFactory.Games.Select(game => game.Title).ToListAsync());
    }

    [Fact]
    public async Task HealthCheckIsHealthyOnPostgreSql()
    {
        Configuration["ConnectionStrings:Catalog"] = await RealServers.CreatePostgresDatabaseAsync("persistence");
        using var host = await StartHostAsync(services => services.AddGameLibraryDbContext<GamesContext>(Configuration, "Catalog"));

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["database-catalog"].Status);
    }

    [Theory]
    [InlineData("missing-database")]
    [InlineData("unreachable-server")]
    public async Task HealthCheckIsUnhealthyWhenPostgreSqlCannotBeReached(string failure)
    {
        var builder = new NpgsqlConnectionStringBuilder(RealServers.PostgresConnectionString) { Timeout = 2 };
        if (failure == "missing-database")
        {
            builder.Database = $"missing_{Guid.NewGuid():N}";
        }
        else
        {
            builder.Host = "127.0.0.1";
            builder.Port = 1;
        }

        Configuration["ConnectionStrings:Catalog"] = builder.ConnectionString;
        var services = new ServiceCollection().AddLogging();
        services.AddGameLibraryDbContext<GamesContext>(Configuration, "Catalog");
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["database-catalog"].Status);
    }

    private Microsoft.Extensions.Configuration.ConfigurationManager Configuration { get; } = new();

    private async Task<IHost> StartHostAsync(Action<IServiceCollection> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot.Path });
        builder.Services.AddLogging();
        configure(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task AddGameAsync(IHost host, string title)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GamesContext>();
        context.Games.Add(new Game { Title = title });
        await context.SaveChangesAsync();
    }

    private static async Task<List<string>> TitlesAsync(IHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GamesContext>().Games.Select(game => game.Title).ToListAsync();
    }
}
