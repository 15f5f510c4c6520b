using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Serving;
using GameLibrary.Recommendations.Tests.Support;

namespace GameLibrary.Recommendations.Tests;

/// <summary>At-least-once delivery, replay, rebuild, restart and deletion keep the read model and its answers right.</summary>
public sealed class ReadModelTests
{
    public static TheoryData<Backend> Backends => [Backend.PostgresAndRedis, Backend.SqliteAndGarnet];

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Redelivering_every_event_changes_nothing(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        Guid player = await PublishActivityAsync(domain);
        string model = await domain.ReadModelAsync();
        string answers = await AnswersAsync(domain, player);

        await domain.RedeliverEverythingAsync();

        Assert.Equal(model, await domain.ReadModelAsync());
        Assert.Equal(answers, await AnswersAsync(domain, player));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task The_rebuild_equals_the_incrementally_maintained_state(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        Guid player = await PublishActivityAsync(domain);
        string model = await domain.ReadModelAsync();
        string answers = await AnswersAsync(domain, player);
        Assert.Contains("tombstone game", model, StringComparison.Ordinal);

        int replayed = await domain.RebuildAsync();

        Assert.True(replayed > 20, $"only {replayed} events were replayed");
        Assert.Equal(model, await domain.ReadModelAsync());
        Assert.Equal(answers, await AnswersAsync(domain, player));
    }

    [Fact]
    public async Task Offsets_survive_a_restart_and_the_model_reloads_from_the_database()
    {
        RecommendationsDomain.Settings settings;
        string answers;
        Guid player;
        ManualClock clock = new();
        await using (RecommendationsDomain first = await RecommendationsDomain.StartAsync(Backend.PostgresAndRedis))
        {
            player = await PublishActivityAsync(first);
            answers = await AnswersAsync(first, player);
            settings = first.Configuration;
            clock = first.Clock;
        }

        await using RecommendationsDomain second = await RecommendationsDomain.StartAsync(settings, clock);

        Assert.Equal(0, await second.ProcessAsync());
        Assert.Equal(answers, await AnswersAsync(second, player));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Deleted_games_and_users_disappear(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        Guid fan = await Fixture.RegisterAsync(domain);
        await Fixture.RateAsync(domain, fan, Fixture.Hades, 9);
        await Fixture.RateAsync(domain, fan, Fixture.Stardew, 9);
        await Fixture.PlayAsync(domain, fan, Fixture.Stardew);
        Guid player = await Fixture.RegisterAsync(domain);
        await Fixture.RateAsync(domain, player, Fixture.Hades, 9);
        await domain.ProcessAsync();
        Assert.Contains(await domain.Service.PicksAsync(player, 10, CancellationToken.None), p => p.GameId == Fixture.Stardew);
        Assert.True(await domain.Service.PopularityAsync(Fixture.Stardew, CancellationToken.None) > 0);

        await domain.PublishAsync(Source.Catalog, new GameDeleted(Fixture.DeadCells));
        await domain.PublishAsync(Source.Users, new UserDeleted(fan));
        await domain.ProcessAsync();

        Assert.DoesNotContain(await domain.Service.SimilarGamesAsync(Fixture.Hades, 10, CancellationToken.None), r => r.GameId == Fixture.DeadCells);
        Assert.Empty(await domain.Service.SimilarGamesAsync(Fixture.DeadCells, 10, CancellationToken.None));
        List<Recommendation> picks = await domain.Service.PicksAsync(player, 10, CancellationToken.None);
        Assert.DoesNotContain(picks, p => p.GameId is Fixture.DeadCells or Fixture.Stardew);
        Assert.Equal(0, await domain.Service.PopularityAsync(Fixture.Stardew, CancellationToken.None));
        string model = await domain.ReadModelAsync();
        Assert.DoesNotContain(fan.ToString(), model.Replace($"tombstone user {fan:D}", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain($"game {Fixture.DeadCells} ", model, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Events_read_after_a_deletion_do_not_bring_the_game_or_user_back(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        Guid player = await Fixture.RegisterAsync(domain);
        await domain.PublishAsync(Source.Catalog, new GameDeleted(Fixture.Celeste));
        await domain.PublishAsync(Source.Users, new UserDeleted(player));
        await domain.ProcessAsync();
        string model = await domain.ReadModelAsync();

        // The users log is read independently of the catalog's: these arrive after the deletions were handled.
        Guid other = await Fixture.RegisterAsync(domain);
        await Fixture.RateAsync(domain, other, Fixture.Celeste, 9);
        await Fixture.RateAsync(domain, player, Fixture.Hades, 9);
        await Fixture.PlayAsync(domain, player, Fixture.Hades);
        await domain.PublishAsync(Source.Users, new UserRegistered(player, "again", "EU"));
        await domain.ProcessAsync();

        Assert.Equal(model + $"player {other} EU{Environment.NewLine}", Reorder(await domain.ReadModelAsync(), model, other));
        Assert.Equal(0, await domain.Service.PopularityAsync(Fixture.Hades, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_score_republished_under_a_new_event_id_counts_once(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await Fixture.PublishCatalogAsync(domain);
        Guid player = await Fixture.RegisterAsync(domain);
        ScoreSubmitted score = new(Guid.NewGuid(), player, Fixture.Hades, 500, domain.Clock.GetUtcNow(), "EU");
        await domain.PublishAsync(Source.Scoreboard, score);
        await domain.ProcessAsync();
        double once = await domain.Service.PopularityAsync(Fixture.Hades, CancellationToken.None);

        await domain.PublishAsync(Source.Scoreboard, score);
        await domain.ProcessAsync();

        Assert.True(once > 0);
        Assert.Equal(once, await domain.Service.PopularityAsync(Fixture.Hades, CancellationToken.None));
        Assert.Single((await domain.ReadModelAsync()).Split(Environment.NewLine), line => line.StartsWith("play ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_game_announced_by_an_old_event_without_features_is_known_by_title(Backend backend)
    {
        await using RecommendationsDomain domain = await RecommendationsDomain.StartAsync(backend);
        await domain.PublishAsync(Source.Catalog, new { gameId = 50, slug = "old", title = "Old Game" }.AsGameCreated());
        await domain.ProcessAsync();

        Assert.Contains("game 50 Old Game g[] p[] d[] u[] ", await domain.ReadModelAsync(), StringComparison.Ordinal);
        Assert.Empty(await domain.Service.SimilarGamesAsync(50, 10, CancellationToken.None));
    }

    /// <summary>Publishes the fixture and activity on every log, including a re-rating, a removal and a deleted game.</summary>
    private static async Task<Guid> PublishActivityAsync(RecommendationsDomain domain)
    {
        await Fixture.PublishCatalogAsync(domain);
        List<Guid> players = [];
        for (int i = 0; i < 5; i++)
        {
            players.Add(await Fixture.RegisterAsync(domain, i % 2 == 0 ? "EU" : "NA"));
        }

        foreach ((Guid player, int index) in players.Select((p, i) => (p, i)))
        {
            domain.Clock.Advance(TimeSpan.FromHours(5));
            await Fixture.RateAsync(domain, player, Fixture.Hades, 6 + index);
            await Fixture.RateAsync(domain, player, (index % 2 == 0) ? Fixture.Stardew : Fixture.HollowKnight, 8);
            await Fixture.OwnAsync(domain, player, Fixture.SlayTheSpire);
            await Fixture.PlayAsync(domain, player, Fixture.DeadCells);
            await Fixture.PlayAsync(domain, player, Fixture.Hades);
        }

        await Fixture.RateAsync(domain, players[0], Fixture.Hades, 3);
        await Fixture.OwnAsync(domain, players[1], Fixture.SlayTheSpire, "COMPLETED");
        await Fixture.OwnAsync(domain, players[2], Fixture.SlayTheSpire, null);
        await domain.PublishAsync(Source.Catalog, new GameDeleted(Fixture.Celeste));
        await domain.PublishAsync(Source.Catalog, new GameUpdated(Fixture.Bastion, "bastion", "Bastion (Remastered)", [1, 4, 2], [1, 2], [10], [17], 2011));
        Guid player0 = players[0];
        await domain.ProcessAsync();
        return player0;
    }

    /// <summary>Everything a client could ask, as text: similar games and popularity of every game, picks, trending.</summary>
    private static async Task<string> AnswersAsync(RecommendationsDomain domain, Guid player)
    {
        List<string> lines = [];
        foreach (long gameId in Fixture.Games.Select(g => g.GameId))
        {
            lines.Add($"popularity {gameId} {Math.Round(await domain.Service.PopularityAsync(gameId, CancellationToken.None), 12):R}");
            lines.AddRange((await domain.Service.SimilarGamesAsync(gameId, 50, CancellationToken.None)).Select(r => $"similar {gameId} {Describe(r)}"));
        }

        lines.AddRange((await domain.Service.PicksAsync(player, 50, CancellationToken.None)).Select(r => $"pick {Describe(r)}"));
        foreach (TrendWindow window in Enum.GetValues<TrendWindow>())
        {
            lines.AddRange((await domain.Service.TrendingAsync(window, 50, CancellationToken.None)).Select(r => $"trending {window} {Describe(r)}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    // Scores to 12 digits: the sums behind them are accumulated in load order after a restart or rebuild.
    private static string Describe(Recommendation r) => $"{r.GameId} {Math.Round(r.Score, 12):R} {string.Join(" | ", r.Reasons)}";

    // The new player's row sorts among the others; move it to the end to compare with the earlier dump.
    private static string Reorder(string model, string before, Guid added)
    {
        string line = $"player {added} EU{Environment.NewLine}";
        return model.Contains(line, StringComparison.Ordinal) ? model.Replace(line, "", StringComparison.Ordinal) + line : model;
    }
}
