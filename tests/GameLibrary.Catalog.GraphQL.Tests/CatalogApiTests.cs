using System.Text.Json.Nodes;

using GameLibrary.Catalog.GraphQL.Tests.Support;
using GameLibrary.Catalog.Events;
using GameLibrary.Events;
using GameLibrary.Persistence;
using GameLibrary.Testing;

namespace GameLibrary.Catalog.GraphQL.Tests;

/// <summary>The catalog API's behaviour, run on each database by the derived classes.</summary>
public abstract class CatalogApiTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string GamesPage = """
        query($filter: GameFilter, $order: GameOrder, $first: Int, $after: String) {
          games(filter: $filter, order: $order, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { slug } }
          }
        }
        """;

    private const string CreateGame = """
        mutation($input: CreateGameInput!) { createGame(input: $input) { id slug title genres { name } developers { name } publishers { name } } }
        """;

    protected CatalogTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await CatalogTestHost.StartAsync(provider, ExtraGames);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    protected virtual int ExtraGames => 0;

    [Fact]
    public async Task Game_by_id_and_by_slug_return_the_game_with_its_relations()
    {
        long id = await Host.GameIdAsync("the-witcher-3");
        JsonNode data = (await Host.PostAsync($$"""
            {
              byId: game(id: "{{id}}") { id title slug releaseDate genres { name } platforms { name } developers { name } publishers { name } }
              bySlug: gameBySlug(slug: "the-witcher-3") { id }
              missing: game(id: "999999") { id }
              missingSlug: gameBySlug(slug: "nope") { id }
            }
            """)).EnsureNoErrors().Data!;

        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), data["byId"]!["id"]!.GetValue<string>());
        Assert.Equal("The Witcher 3: Wild Hunt", data["byId"]!["title"]!.GetValue<string>());
        Assert.Equal("2015-05-19", data["byId"]!["releaseDate"]!.GetValue<string>());
        Assert.Equal(["Action", "Role-playing"], Names(data["byId"]!["genres"]));
        Assert.Equal(["PC", "PlayStation 5"], Names(data["byId"]!["platforms"]));
        Assert.Equal(["CD Projekt Red"], Names(data["byId"]!["developers"]));
        Assert.Equal(["CD Projekt Red"], Names(data["byId"]!["publishers"]));
        Assert.Equal(data["byId"]!["id"]!.GetValue<string>(), data["bySlug"]!["id"]!.GetValue<string>());
        Assert.Null(data["missing"]);
        Assert.Null(data["missingSlug"]);
    }

    [Fact]
    public async Task A_malformed_id_is_bad_user_input()
    {
        GraphQLResponse response = await Host.PostAsync("""{ game(id: "abc") { id } }""");
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Equal(["id"], response.ErrorFields);
    }

    [Fact]
    public async Task Genres_platforms_and_companies_are_listed_by_name_with_their_games()
    {
        JsonNode data = (await Host.PostAsync("""
            { genres { name games { totalCount nodes { slug } } } platforms { name } companies { name games(order: { field: RELEASE_DATE }) { nodes { slug } } } }
            """)).EnsureNoErrors().Data!;

        Assert.Equal(["Action", "Puzzle", "Role-playing"], Names(data["genres"]));
        Assert.Equal(["Nintendo Switch", "PC", "PlayStation 5"], Names(data["platforms"]));
        Assert.Equal(["CD Projekt Red", "Nintendo", "Valve"], Names(data["companies"]));
        Assert.Equal(4, data["genres"]![0]!["games"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["half-life-2", "portal-2"], InOrder(data["companies"]![2]!["games"]!["nodes"]!.AsArray()));
    }

    [Theory]
    [InlineData("TITLE", "ASC", "half-life-2,portal-2,super-mario-odyssey,zelda-botw,the-witcher-3")]
    [InlineData("TITLE", "DESC", "the-witcher-3,zelda-botw,super-mario-odyssey,portal-2,half-life-2")]
    [InlineData("RELEASE_DATE", "ASC", "half-life-2,portal-2,the-witcher-3,zelda-botw,super-mario-odyssey")]
    [InlineData("RELEASE_DATE", "DESC", "super-mario-odyssey,zelda-botw,the-witcher-3,portal-2,half-life-2")]
    [InlineData("CREATED_AT", "ASC", "the-witcher-3,half-life-2,zelda-botw,portal-2,super-mario-odyssey")]
    [InlineData("CREATED_AT", "DESC", "super-mario-odyssey,portal-2,zelda-botw,half-life-2,the-witcher-3")]
    public async Task Every_order_pages_through_all_games_with_cursors(string field, string direction, string expected)
    {
        List<string> slugs = [];
        string? after = null;
        bool hasNext = true;
        while (hasNext)
        {
            JsonNode games = (await Host.PostAsync(GamesPage, new { order = new { field, direction }, first = 2, after })).EnsureNoErrors().Data!["games"]!;
            Assert.Equal(5, games["totalCount"]!.GetValue<int>());
            Assert.Equal(after is not null, games["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            slugs.AddRange(games["edges"]!.AsArray().Select(edge => edge!["node"]!["slug"]!.GetValue<string>()));
            hasNext = games["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = games["pageInfo"]!["endCursor"]?.GetValue<string>();
        }

        Assert.Equal(expected.Split(','), slugs);
    }

    [Fact]
    public async Task Filters_select_by_genre_platform_company_release_window_and_title_text()
    {
        JsonNode root = (await Host.PostAsync("{ genres { id name } platforms { id name } companies { id name } }")).EnsureNoErrors().Data!;
        string Id(string list, string name) => root[list]!.AsArray().Single(item => item!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();

        async Task<string[]> Filtered(object filter) =>
            Slugs((await Host.PostAsync(GamesPage, new { filter, first = 100 })).EnsureNoErrors().Data!["games"]!["edges"]!
                .AsArray().Select(edge => edge!["node"]));

        Assert.Equal(["portal-2"], await Filtered(new { genreIds = new[] { Id("genres", "Puzzle") } }));
        Assert.Equal(["super-mario-odyssey", "zelda-botw"], await Filtered(new { platformIds = new[] { Id("platforms", "Nintendo Switch") } }));
        Assert.Equal(["half-life-2", "portal-2"], await Filtered(new { companyIds = new[] { Id("companies", "Valve") } }));
        Assert.Equal(["super-mario-odyssey", "zelda-botw"], await Filtered(new { releasedAfter = "2017-03-03" }));
        Assert.Equal(["half-life-2", "portal-2"], await Filtered(new { releasedBefore = "2011-04-19" }));
        Assert.Equal(["the-witcher-3", "zelda-botw"], await Filtered(new { search = "tHe " }));
        Assert.Empty(await Filtered(new { search = "100%_" }));
        Assert.Equal(
            ["zelda-botw"],
            await Filtered(new { genreIds = new[] { Id("genres", "Role-playing") }, platformIds = new[] { Id("platforms", "Nintendo Switch") } }));
    }

    [Fact]
    public async Task First_zero_returns_no_edges_but_the_count_and_whether_games_follow()
    {
        JsonNode games = (await Host.PostAsync(GamesPage, new { first = 0 })).EnsureNoErrors().Data!["games"]!;
        Assert.Empty(games["edges"]!.AsArray());
        Assert.Equal(5, games["totalCount"]!.GetValue<int>());
        Assert.True(games["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null(games["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task Past_the_end_is_an_empty_last_page()
    {
        JsonNode last = (await Host.PostAsync(GamesPage, new { first = 5 })).EnsureNoErrors().Data!["games"]!;
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        string end = last["pageInfo"]!["endCursor"]!.GetValue<string>();

        JsonNode after = (await Host.PostAsync(GamesPage, new { first = 5, after = end })).EnsureNoErrors().Data!["games"]!;
        Assert.Empty(after["edges"]!.AsArray());
        Assert.False(after["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task A_page_size_outside_the_limits_is_bad_user_input(int first)
    {
        GraphQLResponse response = await Host.PostAsync(GamesPage, new { first });
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Equal(["first"], response.ErrorFields);
        Assert.Contains("100", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("djF8dHxhfDB8eA")] // v1|t|a|0|x: id 0
    [InlineData("eHl6")] // xyz
    [InlineData("djF8cnxhfDF8bm90LWEtZGF0ZQ")] // v1|r|a|1|not-a-date, used with the title order
    public async Task A_malformed_or_foreign_cursor_is_bad_user_input(string cursor)
    {
        GraphQLResponse response = await Host.PostAsync(GamesPage, new { first = 2, after = cursor });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Equal(["after"], response.ErrorFields);
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        string cursor = (await Host.PostAsync(GamesPage, new { first = 1 })).EnsureNoErrors().Data!["games"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        GraphQLResponse response = await Host.PostAsync(GamesPage, new { first = 1, after = cursor, order = new { field = "RELEASE_DATE" } });
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_stale_cursor_of_a_deleted_game_still_continues_after_its_position()
    {
        JsonNode first = (await Host.PostAsync(GamesPage, new { first = 2 })).EnsureNoErrors().Data!["games"]!;
        string cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        long deleted = await Host.GameIdAsync("portal-2");
        (await Host.PostAsync($$"""mutation { deleteGame(id: "{{deleted}}") }""", token: Host.AdminToken())).EnsureNoErrors();

        JsonNode next = (await Host.PostAsync(GamesPage, new { first = 10, after = cursor })).EnsureNoErrors().Data!["games"]!;
        Assert.Equal(["super-mario-odyssey", "zelda-botw", "the-witcher-3"], InOrder(next["edges"]!.AsArray().Select(edge => edge!["node"])));
    }

    [Theory]
    [InlineData("witcher", "the-witcher-3")]
    [InlineData("wticher", "the-witcher-3")]
    [InlineData("zelda breth", "zelda-botw")]
    [InlineData("marion odysey", "super-mario-odyssey")]
    [InlineData("portla", "portal-2")]
    public async Task Search_tolerates_typos_and_ranks_the_best_match_first(string query, string expected)
    {
        JsonNode results = (await Host.PostAsync("query($q: String!) { searchGames(query: $q, first: 3) { slug } }", new { q = query }))
            .EnsureNoErrors().Data!["searchGames"]!;
        Assert.Equal(expected, results[0]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_without_any_similar_title_is_empty_and_an_empty_query_is_refused()
    {
        Assert.Empty((await Host.PostAsync("""{ searchGames(query: "qqqqxxxx") { slug } }""")).EnsureNoErrors().Data!["searchGames"]!.AsArray());
        Assert.Equal(["BAD_USER_INPUT"], (await Host.PostAsync("""{ searchGames(query: "  ") { slug } }""")).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await Host.PostAsync("""{ searchGames(query: "x", first: 51) { slug } }""")).ErrorCodes);
    }

    [Fact]
    public async Task Games_with_genres_platforms_and_developers_take_a_fixed_number_of_sql_commands()
    {
        const string query = "query($first: Int) { games(first: $first) { edges { node { genres { name } platforms { name } developers { name } } } } }";
        Host.Commands.Reset();
        (await Host.PostAsync(query, new { first = 2 })).EnsureNoErrors();
        int forTwo = Host.Commands.Executed;

        await using CatalogTestHost large = await CatalogTestHost.StartAsync(provider, extraGames: 120);
        large.Commands.Reset();
        JsonNode data = (await large.PostAsync(query, new { first = 100 })).EnsureNoErrors().Data!;
        Assert.Equal(100, data["games"]!["edges"]!.AsArray().Count);

        // One page query plus one query each for genres, platforms and companies.
        Assert.Equal(4, large.Commands.Executed);
        Assert.Equal(forTwo, large.Commands.Executed);
    }

    [Fact]
    public async Task Entities_are_resolved_by_id_and_by_slug()
    {
        long id = await Host.GameIdAsync("half-life-2");
        JsonNode data = (await Host.PostAsync("""
            query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Game { slug title } ... on Genre { name } } }
            """,
            new
            {
                representations = new object[]
                {
                    new Dictionary<string, object> { ["__typename"] = "Game", ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new Dictionary<string, object> { ["__typename"] = "Game", ["slug"] = "portal-2" },
                    new Dictionary<string, object> { ["__typename"] = "Game", ["id"] = "999999" },
                },
            })).EnsureNoErrors().Data!;
        JsonArray entities = data["_entities"]!.AsArray();
        Assert.Equal("half-life-2", entities[0]!["slug"]!.GetValue<string>());
        Assert.Equal("portal-2", entities[1]!["slug"]!.GetValue<string>());
        Assert.Null(entities[2]);
    }

    [Fact]
    public async Task An_admin_creates_updates_and_deletes_a_game_and_each_change_reaches_the_event_log()
    {
        JsonNode root = (await Host.PostAsync("{ genres { id name } companies { id name } }")).EnsureNoErrors().Data!;
        string rpg = root["genres"]!.AsArray().Single(g => g!["name"]!.GetValue<string>() == "Role-playing")!["id"]!.GetValue<string>();
        string valve = root["companies"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "Valve")!["id"]!.GetValue<string>();
        string slug = $"new-game-{Guid.NewGuid():N}";

        JsonNode created = (await Host.PostAsync(CreateGame, new
        {
            input = new { title = "  New Game  ", slug, releaseDate = "2026-02-01", genreIds = new[] { rpg }, developerIds = new[] { valve }, publisherIds = new[] { valve } },
        }, Host.AdminToken())).EnsureNoErrors().Data!["createGame"]!;
        Assert.Equal("New Game", created["title"]!.GetValue<string>());
        Assert.Equal(["Role-playing"], Names(created["genres"]));
        Assert.Equal(["Valve"], Names(created["developers"]));
        long id = long.Parse(created["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        DomainEvent createdEvent = await Host.WaitForEventAsync(e => e.Type == nameof(GameCreated) && e.GetPayload<GameCreated>().Slug == slug);
        GameCreated createdPayload = createdEvent.GetPayload<GameCreated>();
        Assert.Equal((id, slug, "New Game", 2026), (createdPayload.GameId, createdPayload.Slug, createdPayload.Title, createdPayload.ReleaseYear));
        Assert.Equal([long.Parse(rpg, System.Globalization.CultureInfo.InvariantCulture)], createdPayload.GenreIds!);
        Assert.Equal([long.Parse(valve, System.Globalization.CultureInfo.InvariantCulture)], createdPayload.DeveloperIds!);
        Assert.Equal([long.Parse(valve, System.Globalization.CultureInfo.InvariantCulture)], createdPayload.PublisherIds!);
        Assert.Contains("\"gameId\":", createdEvent.Payload, StringComparison.Ordinal);

        JsonNode updated = (await Host.PostAsync(
            "mutation($id: ID!, $input: UpdateGameInput!) { updateGame(id: $id, input: $input) { title slug genres { name } } }",
            new { id = created["id"]!.GetValue<string>(), input = new { title = "Renamed", genreIds = Array.Empty<string>() } },
            Host.AdminToken())).EnsureNoErrors().Data!["updateGame"]!;
        Assert.Equal("Renamed", updated["title"]!.GetValue<string>());
        Assert.Equal(slug, updated["slug"]!.GetValue<string>());
        Assert.Empty(updated["genres"]!.AsArray());
        await Host.WaitForEventAsync(e => e.Type == nameof(GameUpdated) && e.GetPayload<GameUpdated>() is { Title: "Renamed", GenreIds: [] } renamed && renamed.GameId == id && renamed.Slug == slug);

        (await Host.PostAsync($$"""mutation { deleteGame(id: "{{id}}") }""", token: Host.AdminToken())).EnsureNoErrors();
        Assert.Null((await Host.PostAsync($$"""{ game(id: "{{id}}") { id } }""")).EnsureNoErrors().Data!["game"]);
        // Ids are reused across the test databases that share one Redis, so the delete is matched by its position after the update.
        await Host.WaitForEventAsync(e => e.Type == nameof(GameDeleted) && e.GetPayload<GameDeleted>().GameId == id && e.OccurredAt >= createdEvent.OccurredAt);
    }

    [Theory]
    [InlineData("", "ok-slug", "2020-01-01", null, "title")]
    [InlineData("Title", "Bad Slug", "2020-01-01", null, "slug")]
    [InlineData("Title", "double--hyphen", "2020-01-01", null, "slug")]
    [InlineData("Title", "ok-slug", "1900-01-01", null, "releaseDate")]
    [InlineData("Title", "ok-slug", "2020-01-01", "ftp://example.com/x.png", "coverUrl")]
    public async Task Invalid_values_are_bad_user_input_naming_the_field(string title, string slug, string releaseDate, string? coverUrl, string field)
    {
        GraphQLResponse response = await Host.PostAsync(CreateGame, new { input = new { title, slug, releaseDate, coverUrl } }, Host.AdminToken());
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Equal([field], response.ErrorFields);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_and_nothing_is_stored()
    {
        GraphQLResponse response = await Host.PostAsync(
            CreateGame, new { input = new { title = new string('x', 201), slug = "-", releaseDate = "2020-01-01" } }, Host.AdminToken());
        Assert.Equal(["title", "slug"], response.ErrorFields);
        Assert.All(response.ErrorCodes, code => Assert.Equal("BAD_USER_INPUT", code));
        Assert.Equal(5, (await Host.PostAsync("{ games { totalCount } }")).EnsureNoErrors().Data!["games"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_genre_platform_and_company_ids_are_bad_user_input()
    {
        GraphQLResponse response = await Host.PostAsync(CreateGame, new
        {
            input = new { title = "T", slug = "t", releaseDate = "2020-01-01", genreIds = new[] { "9999" }, platformIds = new[] { "9998" }, publisherIds = new[] { "9997" } },
        }, Host.AdminToken());
        Assert.Equal(["genreIds", "platformIds", "publisherIds"], response.ErrorFields);
        Assert.Contains("9999", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_slug_is_a_conflict_on_create_and_update()
    {
        GraphQLResponse create = await Host.PostAsync(CreateGame, new { input = new { title = "Copy", slug = "portal-2", releaseDate = "2020-01-01" } }, Host.AdminToken());
        Assert.Equal(["CONFLICT"], create.ErrorCodes);
        Assert.Equal(["slug"], create.ErrorFields);

        long id = await Host.GameIdAsync("half-life-2");
        GraphQLResponse update = await Host.PostAsync(
            "mutation($id: ID!) { updateGame(id: $id, input: { slug: \"portal-2\" }) { slug } }",
            new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Host.AdminToken());
        Assert.Equal(["CONFLICT"], update.ErrorCodes);
    }

    [Fact]
    public async Task Updating_or_deleting_a_missing_game_is_not_found()
    {
        Assert.Equal(["NOT_FOUND"], (await Host.PostAsync("""mutation { updateGame(id: "999999", input: { title: "X" }) { id } }""", token: Host.AdminToken())).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Host.PostAsync("""mutation { deleteGame(id: "999999") }""", token: Host.AdminToken())).ErrorCodes);
    }

    [Fact]
    public async Task Anonymous_and_non_admin_callers_cannot_change_the_catalog()
    {
        object variables = new { input = new { title = "Sneaky", slug = "sneaky", releaseDate = "2020-01-01" } };
        Assert.Equal(["UNAUTHENTICATED"], (await Host.PostAsync(CreateGame, variables)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Host.PostAsync(CreateGame, variables, Host.Token("player"))).ErrorCodes);
        long id = await Host.GameIdAsync("portal-2");
        Assert.Equal(["UNAUTHENTICATED"], (await Host.PostAsync($$"""mutation { deleteGame(id: "{{id}}") }""")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Host.PostAsync($$"""mutation { updateGame(id: "{{id}}", input: { title: "X" }) { id } }""", token: Host.Token("player"))).ErrorCodes);
        Assert.Equal(5, (await Host.PostAsync("{ games { totalCount } }")).EnsureNoErrors().Data!["games"]!["totalCount"]!.GetValue<int>());
    }

    private static string[] Names(JsonNode? list) => [.. list!.AsArray().Select(item => item!["name"]!.GetValue<string>())];

    private static string[] Slugs(JsonNode? list) => [.. InOrder(list!.AsArray()).Order(StringComparer.Ordinal)];

    private static string[] Slugs(IEnumerable<JsonNode?> nodes) => [.. InOrder(nodes).Order(StringComparer.Ordinal)];

    private static string[] InOrder(IEnumerable<JsonNode?> nodes) => [.. nodes.Select(item => item!["slug"]!.GetValue<string>())];
}
