using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.Scoring;
using GameLibrary.Recommendations.Serving;
using GameLibrary.Recommendations.Tests.Support;

namespace GameLibrary.Recommendations.Tests;

public sealed class SimilarGamesTests
{
    public static TheoryData<Backend> Backends => [Backend.PostgresAndRedis, Backend.SqliteAndGarnet];

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Similar_games_share_features_are_ordered_by_score_and_exclude_the_game_itself(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);

        List<Recommendation> similar = await domain.Service.SimilarGamesAsync(Fixture.Hades, 10, CancellationToken.None);

        Assert.DoesNotContain(similar, r => r.GameId == Fixture.Hades);
        Assert.Equal(similar.OrderByDescending(r => r.Score).ThenBy(r => r.GameId).Select(r => r.GameId), similar.Select(r => r.GameId));

        // Nobody played anything: the order is content similarity alone; Dead Cells shares two genres, Bastion the developer.
        Assert.Equal([Fixture.DeadCells, Fixture.Bastion, Fixture.HollowKnight, Fixture.SlayTheSpire], similar.Select(r => r.GameId));
        Assert.Contains("shares 2 genres with Hades", similar[0].Reasons);
        Assert.Contains("same developer as Hades", similar[1].Reasons);
        Assert.DoesNotContain(similar, r => r.GameId is Fixture.Fifa or Fixture.Celeste);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Each_score_is_the_hybrid_of_content_similarity_and_popularity(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        for (int i = 0; i < 6; i++)
        {
            Guid player = await Fixture.RegisterAsync(domain);
            await Fixture.RateAsync(domain, player, Fixture.HollowKnight, 9);
            await Fixture.OwnAsync(domain, player, Fixture.Fifa);
        }

        await domain.ProcessAsync();

        List<Recommendation> similar = await domain.Service.SimilarGamesAsync(Fixture.Hades, 10, CancellationToken.None);

        Dictionary<long, GameFeatures> features = Fixture.Games.ToDictionary(
            g => g.GameId, g => GameFeatures.From(g.GenreIds!, g.PlatformIds!, g.DeveloperIds!, g.PublisherIds!, g.ReleaseYear));
        foreach (Recommendation recommendation in similar)
        {
            double content = ContentSimilarity.Compare(features[Fixture.Hades], features[recommendation.GameId]).Score;
            double popularity = await domain.Service.PopularityAsync(recommendation.GameId, CancellationToken.None);
            Assert.Equal(HybridScore.Combine(content, popularity), recommendation.Score, 12);
        }

        // Hollow Knight's ratings lift it above Bastion; FIFA shares nothing but is popular.
        Assert.True(similar.FindIndex(r => r.GameId == Fixture.HollowKnight) < similar.FindIndex(r => r.GameId == Fixture.Bastion));
        Recommendation fifa = Assert.Single(similar, r => r.GameId == Fixture.Fifa);
        Assert.Equal(["popular with players right now"], fifa.Reasons);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_new_game_nobody_played_is_reached_through_content_similarity(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        Assert.DoesNotContain(await domain.Service.SimilarGamesAsync(Fixture.Hades, 10, CancellationToken.None), r => r.GameId == 100);

        await domain.PublishAsync(Source.Catalog, new GameCreated(100, "hades-ii", "Hades II", [1, 2], [1], [10], [10], 2024));
        await domain.ProcessAsync();

        List<Recommendation> similar = await domain.Service.SimilarGamesAsync(Fixture.Hades, 10, CancellationToken.None);
        Assert.Equal(100, similar[0].GameId);
        Assert.Equal(0, await domain.Service.PopularityAsync(100, CancellationToken.None));
        Assert.Contains("same developer as Hades", similar[0].Reasons);
        Assert.Contains(Fixture.Hades, (await domain.Service.SimilarGamesAsync(100, 10, CancellationToken.None)).Select(r => r.GameId));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_changed_game_moves_in_the_precomputed_neighbor_lists(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        Assert.DoesNotContain(await domain.Service.SimilarGamesAsync(Fixture.Hades, 10, CancellationToken.None), r => r.GameId == Fixture.Celeste);

        // Celeste becomes an action roguelike by Supergiant: it must now lead Hades' list, and FIFA's list must not change.
        await domain.PublishAsync(Source.Catalog, new GameUpdated(Fixture.Celeste, "celeste", "Celeste", [1, 2], [1, 2], [10], [10], 2020));
        await domain.ProcessAsync();

        Assert.Equal(Fixture.Celeste, (await domain.Service.SimilarGamesAsync(Fixture.Hades, 10, CancellationToken.None))[0].GameId);
        Assert.Empty(await domain.Service.SimilarGamesAsync(Fixture.Fifa, 10, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Unknown_games_have_no_similar_games_and_no_popularity(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);

        Assert.Empty(await domain.Service.SimilarGamesAsync(999, 10, CancellationToken.None));
        Assert.Equal(0, await domain.Service.PopularityAsync(999, CancellationToken.None));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(RecommendationLimits.MaxFirst + 1)]
    public async Task First_outside_zero_to_the_maximum_is_refused(int first)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(Backend.SqliteAndGarnet);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => domain.Service.SimilarGamesAsync(Fixture.Hades, first, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => domain.Service.PicksAsync(Guid.NewGuid(), first, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => domain.Service.TrendingAsync(TrendWindow.Week, first, CancellationToken.None));
    }
}
