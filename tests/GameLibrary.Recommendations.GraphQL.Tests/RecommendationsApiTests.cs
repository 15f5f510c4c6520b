using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.GraphQL.Tests.Support;

using GameLibrary.Testing;
using Snapshooter.Xunit;

namespace GameLibrary.Recommendations.GraphQL.Tests;

/// <summary>Each field through the GraphQL API, on PostgreSQL and the real Redis, with the consumers running.</summary>
public sealed class RecommendationsApiTests
{
    private const string SimilarGames = """
        query($id: _Any!) { _entities(representations: [$id]) { ... on Game { id popularity similarGames(first: 3) { game { id } score reasons } } } }
        """;

    private const string RecommendedGames = """
        query($user: _Any!, $first: Int) { _entities(representations: [$user]) { ... on User { recommendedGames(first: $first) { game { id } score reasons } } } }
        """;

    [Fact]
    public async Task Similar_games_and_popularity_resolve_on_a_game_reference()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync();
        await Catalog.PublishAsync(api);

        GraphQLResponse response = await api.PostAsync(SimilarGames, new { id = new { __typename = "Game", id = "1" } });

        Snapshot.Match(response.Ok.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task Popularity_follows_ratings_within_seconds()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync();
        await Catalog.PublishAsync(api);
        Assert.Equal(0, await PopularityAsync(api, "4"));

        await api.PublishAsync(api.UsersLog, new GameRated(Guid.NewGuid(), 4, 9));

        await RecommendationsApi.EventuallyAsync(async () => await PopularityAsync(api, "4") > 0);
    }

    [Fact]
    public async Task A_player_sees_their_own_picks_and_a_new_rating_reaches_them()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync();
        await Catalog.PublishAsync(api);
        Guid fan = Guid.NewGuid();
        Guid player = Guid.NewGuid();
        await api.PublishAsync(api.UsersLog, new UserRegistered(player, "player", "EU"));
        await api.PublishAsync(api.UsersLog, new GameRated(fan, 5, 9));
        await api.PublishAsync(api.UsersLog, new GameRated(fan, 6, 9));
        await api.PublishAsync(api.UsersLog, new GameRated(player, 1, 9));
        await api.CaughtUpAsync();
        string token = api.TokenFor(player);
        var variables = new { user = new { __typename = "User", id = player.ToString() }, first = 5 };

        JsonArray before = (await api.PostAsync(RecommendedGames, variables, token)).Ok["_entities"]![0]!["recommendedGames"]!.AsArray();
        Assert.Equal("2", before[0]!["game"]!["id"]!.GetValue<string>());
        Assert.Contains("shares 2 genres with Hades", before[0]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));

        // Rating Celeste links the player to the fan, whose other favourite is FIFA.
        await api.PublishAsync(api.UsersLog, new GameRated(player, 5, 10));
        await RecommendationsApi.EventuallyAsync(async () =>
        {
            JsonArray picks = (await api.PostAsync(RecommendedGames, variables, token)).Ok["_entities"]![0]!["recommendedGames"]!.AsArray();
            return picks.Any(p => p!["game"]!["id"]!.GetValue<string>() == "6")
                && picks.All(p => p!["game"]!["id"]!.GetValue<string>() is not ("5" or "1"));
        });
    }

    [Fact]
    public async Task Picks_are_the_players_own_anonymous_callers_and_other_players_are_refused()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync();
        Guid player = Guid.NewGuid();
        var variables = new { user = new { __typename = "User", id = player.ToString() }, first = 5 };

        GraphQLResponse anonymous = await api.PostAsync(RecommendedGames, variables);
        GraphQLResponse other = await api.PostAsync(RecommendedGames, variables, api.TokenFor(Guid.NewGuid()));
        GraphQLResponse admin = await api.PostAsync(RecommendedGames, variables, api.TokenFor(Guid.NewGuid(), "admin"));

        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], other.ErrorCodes);
        Assert.Empty(admin.Ok["_entities"]![0]!["recommendedGames"]!.AsArray());
    }

    [Fact]
    public async Task Trending_games_rise_against_the_previous_window()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync();
        await Catalog.PublishAsync(api);
        Guid player = Guid.NewGuid();
        for (int i = 0; i < 3; i++)
        {
            await api.PublishAsync(api.ScoreboardLog, new ScoreSubmitted(Guid.NewGuid(), player, 3, 100, DateTimeOffset.UtcNow.AddMinutes(-5), "EU"));
        }

        await api.PublishAsync(api.UsersLog, new LibraryChanged(player, 2, "PLAYING"));
        await api.CaughtUpAsync();

        JsonNode data = (await api.PostAsync("{ week: trendingGames { game { id } score reasons } month: trendingGames(window: MONTH, first: 1) { game { id } } }")).Ok;

        JsonArray week = data["week"]!.AsArray();
        Assert.Equal(["3", "2"], week.Select(t => t!["game"]!["id"]!.GetValue<string>()));
        Assert.Equal("3 ratings, library adds and plays this week, up from 0 the week before", week[0]!["reasons"]![0]!.GetValue<string>());
        Assert.Single(data["month"]!.AsArray());
    }

    [Theory]
    [InlineData("{ trendingGames(first: 51) { score } }")]
    [InlineData("{ trendingGames(first: -1) { score } }")]
    [InlineData("""{ _entities(representations: [{ __typename: "Game", id: "1" }]) { ... on Game { similarGames(first: 1000) { score } } } }""")]
    public async Task First_beyond_the_maximum_is_bad_user_input_and_the_server_keeps_serving(string query)
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync();

        GraphQLResponse refused = await api.PostAsync(query);

        Assert.Contains("BAD_USER_INPUT", refused.ErrorCodes);
        Assert.Contains("'first' is between 0 and 50", refused.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull((await api.PostAsync("{ trendingGames(first: 50) { score } }")).Ok["trendingGames"]);
    }

    [Fact]
    public async Task A_malformed_user_reference_is_an_error_not_a_crash()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync();

        GraphQLResponse response = await api.PostAsync(RecommendedGames, new { user = new { __typename = "User", id = "not-a-uuid" }, first = 5 });

        Assert.NotEmpty(response.Errors);
        Assert.NotNull((await api.PostAsync("{ trendingGames { score } }")).Ok["trendingGames"]);
    }

    private static async Task<double> PopularityAsync(RecommendationsApi api, string id) =>
        (await api.PostAsync("""query($id: _Any!) { _entities(representations: [$id]) { ... on Game { popularity } } }""", new { id = new { __typename = "Game", id } }))
            .Ok["_entities"]![0]!["popularity"]!.GetValue<double>();
}
