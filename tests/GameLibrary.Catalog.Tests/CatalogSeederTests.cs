using GameLibrary.Catalog.Seeding;
using GameLibrary.Events;
using GameLibrary.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.Tests;

public sealed class CatalogSeederTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_catalog_on_both_databases()
    {
        await using CatalogDatabase sqlite = await CatalogDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using CatalogDatabase postgres = await CatalogDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        List<int> reported = [];

        int written = await Seeder(sqlite).SeedAsync(1_500, seed: 7, new SynchronousProgress(reported.Add));
        await Seeder(postgres).SeedAsync(1_500, seed: 7);

        Assert.Equal(1_500, written);
        Assert.Equal([1_000, 1_500], reported);
        Assert.Equal(await SnapshotAsync(sqlite), await SnapshotAsync(postgres));
    }

    [Fact]
    public async Task Every_seeded_game_has_a_unique_slug_relations_and_a_game_created_event()
    {
        await using CatalogDatabase database = await CatalogDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await Seeder(database).SeedAsync(2_000, seed: 1);

        await using CatalogDbContext context = await database.ContextAsync();
        Assert.Equal(2_000, await context.Games.Select(game => game.Slug).Distinct().CountAsync());
        Assert.Equal(2_000, await context.Set<OutboxMessage>().CountAsync(message => message.Type == "GameCreated"));
        Assert.False(await context.Games.AnyAsync(game => !game.Genres.Any() || !game.Platforms.Any() || game.Companies.Count != 2));
        Assert.Equal(20, await context.Genres.CountAsync());
    }

    [Fact]
    public async Task A_catalog_with_games_is_left_alone()
    {
        await using CatalogDatabase database = await CatalogDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await Seeder(database).SeedAsync(10, seed: 1);
        Assert.Equal(0, await Seeder(database).SeedAsync(10, seed: 2));
        await using CatalogDbContext context = await database.ContextAsync();
        Assert.Equal(10, await context.Games.CountAsync());
    }

    private static CatalogSeeder Seeder(CatalogDatabase database) =>
        ActivatorUtilities.CreateInstance<CatalogSeeder>(database.Services);

    private static async Task<string> SnapshotAsync(CatalogDatabase database)
    {
        await using CatalogDbContext context = await database.ContextAsync();
        var games = await context.Games.OrderBy(game => game.Id)
            .Select(game => new { game.Title, game.Slug, game.ReleaseDate, Genres = game.Genres.Count, Platforms = game.Platforms.Count })
            .ToListAsync();
        return string.Join('\n', games);
    }

    // Progress<T> posts to the thread pool; the test needs the reports in order and complete when SeedAsync returns.
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
