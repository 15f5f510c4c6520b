using GameLibrary.Testing;
using GameLibrary.Users.Data;
using GameLibrary.Users.GraphQL.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL.Tests;

/// <summary>Entity fields resolve through data loaders: one query per batch, however many representations.</summary>
public sealed class BatchingTests : IAsyncLifetime
{
    private readonly CommandCounter _counter = new();
    private UsersApi _api = null!;

    public async Task InitializeAsync() => _api = await UsersApi.StartAsync(configure: builder =>
        builder.Services.ConfigureDbContext<UsersDbContext>((_, options) => options.AddInterceptors(_counter), ServiceLifetime.Singleton));

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Rating_summaries_and_viewer_ratings_of_many_games_take_one_query_each()
    {
        (_, string token) = await _api.SignUpAsync("ada");
        object representations = new { r = Enumerable.Range(1, 5).Select(id => new { __typename = "Game", id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray() };
        _counter.Clear();

        GraphQLResponse response = await _api.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Game { averageRating ratingsCount viewerEntry { status } viewerRating } } }",
            representations,
            token);

        Assert.Equal(5, response.Ok["_entities"]!.AsArray().Count);
        // One for the summaries (GROUP BY), one for the viewer's own ratings.
        Assert.Equal(2, _counter.Commands.Count(sql => sql.Contains("\"Ratings\"", StringComparison.Ordinal)));
        Assert.Single(_counter.Commands, sql => sql.Contains("\"LibraryEntries\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_and_their_followingIds_of_many_representations_take_one_query_each()
    {
        List<string> ids = [];
        foreach (string name in new[] { "ada", "grace", "linus" })
        {
            ids.Add(await _api.RegisterAsync(name));
        }

        _counter.Clear();

        GraphQLResponse response = await _api.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { username followingIds } } }",
            new { r = ids.Select(id => new { __typename = "User", id }).ToArray() });

        Assert.Equal(["ada", "grace", "linus"], response.Ok["_entities"]!.AsArray().Select(user => user!["username"]!.GetValue<string>()));
        Assert.Single(_counter.Commands, sql => sql.Contains("FROM \"Users\"", StringComparison.Ordinal));
        Assert.Single(_counter.Commands, sql => sql.Contains("FROM \"Follows\"", StringComparison.Ordinal));
    }
}
