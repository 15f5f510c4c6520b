using GameLibrary.Recommendations.Serving;
using GameLibrary.Recommendations.Tests.Support;

namespace GameLibrary.Recommendations.Tests;

public sealed class PersonalPicksTests
{
    public static TheoryData<Backend> Backends => [Backend.PostgresAndRedis, Backend.SqliteAndGarnet];

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Games_liked_by_players_of_the_same_games_come_first_with_reasons(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        // Three players love Hades and Stardew Valley; Stardew shares nothing with Hades, so only collaboration finds it.
        for (int i = 0; i < 3; i++)
        {
            Guid fan = await Fixture.RegisterAsync(domain);
            await Fixture.RateAsync(domain, fan, Fixture.Hades, 9);
            await Fixture.RateAsync(domain, fan, Fixture.Stardew, 9);
        }

        Guid player = await Fixture.RegisterAsync(domain);
        await Fixture.RateAsync(domain, player, Fixture.Hades, 10);
        await domain.ProcessAsync();

        List<Recommendation> picks = await domain.Service.PicksAsync(player, 10, CancellationToken.None);

        Assert.Equal(Fixture.Stardew, picks[0].GameId);
        Assert.Contains("players who like Hades like it too", picks[0].Reasons);
        Recommendation deadCells = Assert.Single(picks, p => p.GameId == Fixture.DeadCells);
        Assert.Contains("shares 2 genres with Hades", deadCells.Reasons);
        Assert.Equal(picks.OrderByDescending(p => p.Score).Select(p => p.Score), picks.Select(p => p.Score));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Games_the_player_rated_or_owns_are_never_picked(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        for (int i = 0; i < 3; i++)
        {
            Guid fan = await Fixture.RegisterAsync(domain);
            foreach (long game in Fixture.Games.Select(g => g.GameId))
            {
                await Fixture.RateAsync(domain, fan, game, 8);
            }
        }

        Guid player = await Fixture.RegisterAsync(domain);
        await Fixture.RateAsync(domain, player, Fixture.Hades, 9);
        await Fixture.RateAsync(domain, player, Fixture.Fifa, 2);
        await Fixture.OwnAsync(domain, player, Fixture.DeadCells, "WISHLIST");
        await Fixture.OwnAsync(domain, player, Fixture.Celeste, "COMPLETED");
        await domain.ProcessAsync();

        List<Recommendation> picks = await domain.Service.PicksAsync(player, RecommendationLimits.MaxFirst, CancellationToken.None);

        Assert.NotEmpty(picks);
        Assert.DoesNotContain(picks, p => p.GameId is Fixture.Hades or Fixture.Fifa or Fixture.DeadCells or Fixture.Celeste);
        Assert.Equal(picks.Count, picks.Select(p => p.GameId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_new_rating_changes_the_players_picks_at_once(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        Guid fan = await Fixture.RegisterAsync(domain);
        await Fixture.RateAsync(domain, fan, Fixture.Celeste, 9);
        await Fixture.RateAsync(domain, fan, Fixture.Fifa, 9);
        Guid player = await Fixture.RegisterAsync(domain);
        await Fixture.RateAsync(domain, player, Fixture.Hades, 9);
        await domain.ProcessAsync();
        List<Recommendation> before = await domain.Service.PicksAsync(player, 10, CancellationToken.None);
        Assert.NotEqual(Fixture.Fifa, before[0].GameId);

        // Rating Celeste links the player to the fan, whose other favourite is FIFA; Celeste itself leaves the picks.
        await Fixture.RateAsync(domain, player, Fixture.Celeste, 10);
        await domain.ProcessAsync();
        List<Recommendation> after = await domain.Service.PicksAsync(player, 10, CancellationToken.None);

        Assert.DoesNotContain(after, p => p.GameId == Fixture.Celeste);
        Assert.Contains(after, p => p.GameId == Fixture.Fifa && p.Reasons.Contains("players who like Celeste like it too"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_new_player_gets_popular_games_of_their_regions_genres_then_popular_games(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        // EU players own roguelikes; NA players own (many more) FIFA, the most popular game overall.
        for (int i = 0; i < 3; i++)
        {
            Guid european = await Fixture.RegisterAsync(domain, "EU");
            await Fixture.OwnAsync(domain, european, Fixture.SlayTheSpire);
            await Fixture.OwnAsync(domain, european, Fixture.DeadCells);
        }

        for (int i = 0; i < 8; i++)
        {
            Guid american = await Fixture.RegisterAsync(domain, "NA");
            await Fixture.OwnAsync(domain, american, Fixture.Fifa);
        }

        Guid newcomer = await Fixture.RegisterAsync(domain, "EU");
        await domain.ProcessAsync();

        List<Recommendation> picks = await domain.Service.PicksAsync(newcomer, 10, CancellationToken.None);

        Assert.Equal([Fixture.DeadCells, Fixture.SlayTheSpire, Fixture.Fifa], picks.Select(p => p.GameId));
        Assert.Equal(["popular with players in EU"], picks[0].Reasons);
        Assert.Equal(["popular with players right now"], picks[2].Reasons);

        // A player the model never heard of gets the overall ranking.
        List<Recommendation> stranger = await domain.Service.PicksAsync(Guid.NewGuid(), 10, CancellationToken.None);
        Assert.Equal(Fixture.Fifa, stranger[0].GameId);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Score_activity_lifts_a_pick(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        Guid player = await Fixture.RegisterAsync(domain);
        await Fixture.RateAsync(domain, player, Fixture.Hades, 9);
        await domain.ProcessAsync();
        List<Recommendation> before = await domain.Service.PicksAsync(player, 10, CancellationToken.None);
        double hollowBefore = before.Single(p => p.GameId == Fixture.HollowKnight).Score;

        Guid other = await Fixture.RegisterAsync(domain);
        for (int i = 0; i < 40; i++)
        {
            await Fixture.PlayAsync(domain, other, Fixture.HollowKnight);
        }

        await domain.ProcessAsync();

        // The other player's plays reach this player's picks when the cached list expires; a new list shows them.
        await Fixture.OwnAsync(domain, player, Fixture.Fifa, "WISHLIST");
        await domain.ProcessAsync();
        Recommendation hollowAfter = (await domain.Service.PicksAsync(player, 10, CancellationToken.None)).Single(p => p.GameId == Fixture.HollowKnight);
        Assert.True(hollowAfter.Score > hollowBefore, $"{hollowAfter.Score} should exceed {hollowBefore}");
        Assert.Contains("played a lot lately", hollowAfter.Reasons);
    }
}
