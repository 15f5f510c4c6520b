using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Serving;
using GameLibrary.Recommendations.Tests.Support;

namespace GameLibrary.Recommendations.Tests;

/// <summary>The incrementally maintained neighbour lists equal lists computed from scratch.</summary>
public sealed class NeighborMaintenanceTests
{
    [Fact]
    public async Task Lists_maintained_through_creations_changes_and_deletions_equal_freshly_computed_ones()
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(Backend.SqliteAndGarnet);
        Random random = new(5);
        const int Games = 160;
        for (long id = 1; id <= Games; id++)
        {
            await domain.PublishAsync(Source.Catalog, RandomGame(random, id));
        }

        await domain.ProcessAsync();

        // Every list computed (and full: 160 games over 6 genres), then changed underneath.
        await ListsAsync(domain, Games + 20);
        for (int i = 0; i < 40; i++)
        {
            long id = random.Next(1, Games + 1);
            if (random.Next(4) == 0)
            {
                await domain.PublishAsync(Source.Catalog, new GameDeleted(id));
            }
            else
            {
                await domain.PublishAsync(Source.Catalog, ToUpdate(RandomGame(random, id)));
            }
        }

        for (long id = Games + 1; id <= Games + 20; id++)
        {
            await domain.PublishAsync(Source.Catalog, RandomGame(random, id));
        }

        Assert.Equal(60, await domain.ProcessAsync());
        string maintained = await ListsAsync(domain, Games + 20);

        await domain.RebuildAsync();

        Assert.Equal(await ListsAsync(domain, Games + 20), maintained);
    }

    private static GameCreated RandomGame(Random random, long id) => new(
        id,
        $"game-{id}",
        $"Game {id}",
        [.. Enumerable.Range(1, 6).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(g => (long)g)],
        [.. Enumerable.Range(1, 4).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(p => (long)p)],
        [random.Next(10, 16)],
        [random.Next(10, 16)],
        random.Next(1990, 2025));

    private static GameUpdated ToUpdate(GameCreated game) =>
        new(game.GameId, game.Slug, game.Title, game.GenreIds, game.PlatformIds, game.DeveloperIds, game.PublisherIds, game.ReleaseYear);

    private static async Task<string> ListsAsync(RecommendationsDomain domain, int games)
    {
        List<string> lines = [];
        for (long id = 1; id <= games; id++)
        {
            List<Recommendation> similar = await domain.Service.SimilarGamesAsync(id, RecommendationLimits.MaxFirst, CancellationToken.None);
            lines.Add($"{id}: {string.Join(' ', similar.Select(r => $"{r.GameId}/{Math.Round(r.Score, 12)}"))}");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
