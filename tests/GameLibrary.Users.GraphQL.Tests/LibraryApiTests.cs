using System.Text.Json;

using GameLibrary.Events;
using GameLibrary.Testing;
using GameLibrary.Users.GraphQL.Tests.Support;

namespace GameLibrary.Users.GraphQL.Tests;

/// <summary>Libraries, ratings and the Game fields this subgraph contributes, with games announced on the catalog's event log.</summary>
public sealed class LibraryApiTests : IAsyncLifetime
{
    private const string Add = "mutation($g: ID!, $s: LibraryStatus!) { addToLibrary(gameId: $g, status: $s) { status game { id } } }";
    private const string Rate = "mutation($g: ID!, $r: Int!) { rateGame(gameId: $g, rating: $r) { id averageRating ratingsCount } }";
    private const string GameEntities =
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Game { id averageRating ratingsCount viewerEntry { status rating } } } }";

    private UsersApi _api = null!;
    private string _token = null!;
    private string _userId = null!;

    public async Task InitializeAsync()
    {
        _api = await UsersApi.StartAsync();
        (_userId, _token) = await _api.SignUpAsync("ada");
        await _api.AnnounceGameAsync(1);
        await _api.AnnounceGameAsync(2);
        await _api.AnnounceGameAsync(3);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Library_changes_are_validated_with_codes()
    {
        Assert.Equal(["UNAUTHENTICATED"], (await _api.PostAsync(Add, new { g = "1", s = "OWNED" })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await _api.PostAsync(Add, new { g = "999", s = "OWNED" }, _token)).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(Add, new { g = "abc", s = "OWNED" }, _token)).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(Add, new { g = "-4", s = "OWNED" }, _token)).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(Add, new { g = "1", s = "BORROWED" }, _token)).ErrorCodes);

        Assert.Equal("OWNED", (await _api.PostAsync(Add, new { g = "1", s = "OWNED" }, _token)).Ok["addToLibrary"]!["status"]!.GetValue<string>());
        Assert.Equal(["CONFLICT"], (await _api.PostAsync(Add, new { g = "1", s = "PLAYING" }, _token)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await _api.PostAsync(
            "mutation { updateLibraryEntry(gameId: \"2\", status: PLAYING) { status } }", token: _token)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await _api.PostAsync("mutation { removeFromLibrary(gameId: \"2\") }", token: _token)).ErrorCodes);
    }

    [Fact]
    public async Task Ratings_outside_1_to_10_and_unknown_games_are_refused()
    {
        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(Rate, new { g = "1", r = 11 }, _token)).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(Rate, new { g = "1", r = 0 }, _token)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await _api.PostAsync(Rate, new { g = "404", r = 5 }, _token)).ErrorCodes);
    }

    [Fact]
    public async Task Game_entities_carry_rating_summaries_and_the_viewers_entry()
    {
        (_, string graceToken) = await _api.SignUpAsync("grace");
        await _api.PostAsync(Add, new { g = "1", s = "PLAYING" }, _token);
        await _api.PostAsync(Rate, new { g = "1", r = 9 }, _token);
        GraphQLResponse rated = await _api.PostAsync(Rate, new { g = "1", r = 6 }, graceToken);
        Assert.Equal(7.5, rated.Ok["rateGame"]!["averageRating"]!.GetValue<double>());

        object representations = new { r = new object[] { new { __typename = "Game", id = "1" }, new { __typename = "Game", id = "2" } } };
        GraphQLResponse asAda = await _api.PostAsync(GameEntities, representations, _token);
        GraphQLResponse anonymous = await _api.PostAsync(GameEntities, representations);

        JsonNodeAssert(asAda, 0, "1", 7.5, 2);
        Assert.Equal("PLAYING", asAda.Ok["_entities"]![0]!["viewerEntry"]!["status"]!.GetValue<string>());
        Assert.Equal(9, asAda.Ok["_entities"]![0]!["viewerEntry"]!["rating"]!.GetValue<int>());
        JsonNodeAssert(asAda, 1, "2", null, 0);
        Assert.Null(asAda.Ok["_entities"]![1]!["viewerEntry"]);
        Assert.Null(anonymous.Ok["_entities"]![0]!["viewerEntry"]);
    }

    [Fact]
    public async Task ViewerRating_is_the_signed_in_player_s_own_rating_even_of_a_game_not_in_their_library()
    {
        const string ViewerRatings = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Game { id viewerRating viewerEntry { status } } } }";
        (_, string graceToken) = await _api.SignUpAsync("grace");
        await _api.PostAsync(Rate, new { g = "1", r = 9 }, _token);
        await _api.PostAsync(Rate, new { g = "2", r = 3 }, graceToken);
        object representations = new { r = new object[] { new { __typename = "Game", id = "1" }, new { __typename = "Game", id = "2" }, new { __typename = "Game", id = "3" } } };

        GraphQLResponse asAda = await _api.PostAsync(ViewerRatings, representations, _token);
        GraphQLResponse asGrace = await _api.PostAsync(ViewerRatings, representations, graceToken);
        GraphQLResponse anonymous = await _api.PostAsync(ViewerRatings, representations);

        Assert.Equal([9, null, null], ViewerRatingsOf(asAda));
        Assert.Null(asAda.Ok["_entities"]![0]!["viewerEntry"]);
        Assert.Equal([null, 3, null], ViewerRatingsOf(asGrace));
        Assert.Equal([null, null, null], ViewerRatingsOf(anonymous));
        Assert.Empty(anonymous.Errors);

        await _api.PostAsync(Rate, new { g = "1", r = 4 }, _token);
        Assert.Equal([4, null, null], ViewerRatingsOf(await _api.PostAsync(ViewerRatings, representations, _token)));
    }

    [Fact]
    public async Task The_library_connection_filters_by_status_and_pages_with_cursors()
    {
        await _api.PostAsync(Add, new { g = "1", s = "OWNED" }, _token);
        await _api.PostAsync(Add, new { g = "2", s = "DROPPED" }, _token);
        await _api.PostAsync(Add, new { g = "3", s = "OWNED" }, _token);
        const string Library = """
            query($id: ID!, $after: String, $status: LibraryStatus) {
              user(id: $id) { library(first: 1, after: $after, status: $status) {
                totalCount edges { cursor node { status game { id } } } pageInfo { hasNextPage endCursor } } }
            }
            """;

        GraphQLResponse first = await _api.PostAsync(Library, new { id = _userId, status = "OWNED" });
        string cursor = first.Ok["user"]!["library"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        GraphQLResponse second = await _api.PostAsync(Library, new { id = _userId, status = "OWNED", after = cursor });

        Assert.Equal(2, first.Ok["user"]!["library"]!["totalCount"]!.GetValue<int>());
        Assert.True(first.Ok["user"]!["library"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(second.Ok["user"]!["library"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        string[] games =
        [
            first.Ok["user"]!["library"]!["edges"]![0]!["node"]!["game"]!["id"]!.GetValue<string>(),
            second.Ok["user"]!["library"]!["edges"]![0]!["node"]!["game"]!["id"]!.GetValue<string>(),
        ];
        Assert.Equal(["1", "3"], games.Order());

        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(
            "query($id: ID!) { user(id: $id) { library(first: 51) { totalCount } } }", new { id = _userId })).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(Library, new { id = _userId, after = "not-a-cursor" })).ErrorCodes);
    }

    [Fact]
    public async Task Library_changes_and_ratings_reach_the_users_event_log()
    {
        long before = await _api.LastUsersEventAsync();

        await _api.PostAsync(Add, new { g = "2", s = "WISHLIST" }, _token);
        await _api.PostAsync("mutation { removeFromLibrary(gameId: \"2\") }", token: _token);
        await _api.PostAsync(Rate, new { g = "2", r = 4 }, _token);

        List<DomainEvent> mine = [];
        await UsersApi.EventuallyAsync(async () =>
        {
            mine = [.. (await _api.UsersEventsAfterAsync(before)).Select(e => e.Event).Where(e => e.Payload.Contains(_userId, StringComparison.Ordinal))];
            return mine.Count >= 3;
        });
        Assert.Equal(["LibraryChanged", "LibraryChanged", "GameRated"], mine.Select(e => e.Type));
        using JsonDocument removed = JsonDocument.Parse(mine[1].Payload);
        Assert.Equal(JsonValueKind.Null, removed.RootElement.GetProperty("status").ValueKind);
        using JsonDocument rated = JsonDocument.Parse(mine[2].Payload);
        Assert.Equal((2, 4), (rated.RootElement.GetProperty("gameId").GetInt64(), rated.RootElement.GetProperty("rating").GetInt32()));
    }

    private static int?[] ViewerRatingsOf(GraphQLResponse response) =>
        [.. response.Ok["_entities"]!.AsArray().Select(game => game!["viewerRating"]?.GetValue<int>())];

    private static void JsonNodeAssert(GraphQLResponse response, int index, string id, double? average, int count)
    {
        var game = response.Ok["_entities"]![index]!;
        Assert.Equal(id, game["id"]!.GetValue<string>());
        Assert.Equal(average, game["averageRating"]?.GetValue<double>());
        Assert.Equal(count, game["ratingsCount"]!.GetValue<int>());
    }
}
