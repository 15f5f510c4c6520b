using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.GraphQL.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Recommendations.GraphQL.Tests;

/// <summary>Without connection strings the subgraph runs on SQLite under .data/ and an embedded Garnet.</summary>
public sealed class EmbeddedDefaultTests
{
    [Fact]
    public async Task The_subgraph_consumes_and_answers_on_SQLite_and_Garnet()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync(realServers: false);
        await Catalog.PublishAsync(api);
        Guid player = Guid.NewGuid();
        await api.PublishAsync(api.UsersLog, new UserRegistered(player, "player", "EU"));
        await api.PublishAsync(api.UsersLog, new GameRated(player, 3, 8));
        await api.CaughtUpAsync();

        GraphQLResponse response = await api.PostAsync(
            """query($u: _Any!) { _entities(representations: [$u, { __typename: "Game", id: "3" }]) { ... on User { recommendedGames(first: 2) { game { id } } } ... on Game { popularity similarGames(first: 1) { game { id } } } } }""",
            new { u = new { __typename = "User", id = player.ToString() } },
            api.TokenFor(player));

        var entities = response.Ok["_entities"]!.AsArray();
        Assert.Equal("2", entities[0]!["recommendedGames"]![0]!["game"]!["id"]!.GetValue<string>());
        Assert.True(entities[1]!["popularity"]!.GetValue<double>() > 0);
        Assert.Equal("2", entities[1]!["similarGames"]![0]!["game"]!["id"]!.GetValue<string>());
    }
}
