using GameLibrary.Testing;
using GameLibrary.Users.GraphQL.Tests.Support;

namespace GameLibrary.Users.GraphQL.Tests;

/// <summary>Follows through the API, and the followingIds other subgraphs require.</summary>
public sealed class FollowApiTests : IAsyncLifetime
{
    private const string Follow = "mutation($id: ID!) { follow(userId: $id) { username } }";
    private UsersApi _api = null!;

    public async Task InitializeAsync() => _api = await UsersApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Follows_show_in_both_connections_and_in_followingIds()
    {
        (string adaId, string adaToken) = await _api.SignUpAsync("ada");
        (string graceId, _) = await _api.SignUpAsync("grace");
        (string linusId, _) = await _api.SignUpAsync("linus");

        Assert.Equal("grace", (await _api.PostAsync(Follow, new { id = graceId }, adaToken)).Ok["follow"]!["username"]!.GetValue<string>());
        await _api.PostAsync(Follow, new { id = linusId }, adaToken);
        await _api.PostAsync(Follow, new { id = linusId }, adaToken);

        GraphQLResponse ada = await _api.PostAsync(
            "query($id: ID!) { user(id: $id) { following(first: 10) { totalCount edges { node { username } } } } }", new { id = adaId });
        GraphQLResponse grace = await _api.PostAsync(
            "query($id: ID!) { user(id: $id) { followers { totalCount edges { node { username } } } } }", new { id = graceId });
        GraphQLResponse entities = await _api.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { followingIds } } }",
            new { r = new object[] { new { __typename = "User", id = adaId } } });

        Assert.Equal(2, ada.Ok["user"]!["following"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["ada"], grace.Ok["user"]!["followers"]!["edges"]!.AsArray().Select(e => e!["node"]!["username"]!.GetValue<string>()));
        Assert.Equal(
            new[] { graceId, linusId }.Order(),
            entities.Ok["_entities"]![0]!["followingIds"]!.AsArray().Select(id => id!.GetValue<string>()).Order());

        await _api.PostAsync("mutation($id: ID!) { unfollow(userId: $id) { username } }", new { id = linusId }, adaToken);
        GraphQLResponse after = await _api.PostAsync(
            "query($id: ID!) { user(id: $id) { following { totalCount } } }", new { id = adaId });
        Assert.Equal(1, after.Ok["user"]!["following"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Following_oneself_unknown_users_or_anonymously_is_refused_with_codes()
    {
        (string adaId, string adaToken) = await _api.SignUpAsync("ada");

        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(Follow, new { id = adaId }, adaToken)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await _api.PostAsync(Follow, new { id = Guid.CreateVersion7().ToString() }, adaToken)).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(Follow, new { id = "nope" }, adaToken)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await _api.PostAsync(Follow, new { id = adaId })).ErrorCodes);
    }
}
