using GameLibrary.Testing;
using GameLibrary.Users.GraphQL.Tests.Support;

namespace GameLibrary.Users.GraphQL.Tests;

/// <summary>Who sees a user's email address.</summary>
public sealed class PrivacyTests : IAsyncLifetime
{
    private const string EmailOf = "query($id: ID!) { user(id: $id) { username email } }";
    private UsersApi _api = null!;

    public async Task InitializeAsync() => _api = await UsersApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Email_is_visible_to_its_owner_and_admins_only()
    {
        (string adaId, string adaToken) = await _api.SignUpAsync("ada");
        (_, string graceToken) = await _api.SignUpAsync("grace");
        (_, string rootToken) = await _api.SignUpAsync("root");

        Assert.Equal("ada@example.com", (await _api.PostAsync(EmailOf, new { id = adaId }, adaToken)).Ok["user"]!["email"]!.GetValue<string>());
        Assert.Equal("ada@example.com", (await _api.PostAsync(EmailOf, new { id = adaId }, rootToken)).Ok["user"]!["email"]!.GetValue<string>());
        Assert.Null((await _api.PostAsync(EmailOf, new { id = adaId }, graceToken)).Ok["user"]!["email"]);
        Assert.Null((await _api.PostAsync(EmailOf, new { id = adaId })).Ok["user"]!["email"]);
    }

    [Fact]
    public async Task Email_stays_hidden_when_the_user_is_resolved_as_an_entity()
    {
        (string adaId, _) = await _api.SignUpAsync("ada");
        (_, string graceToken) = await _api.SignUpAsync("grace");

        GraphQLResponse response = await _api.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { username email } } }",
            new { r = new object[] { new { __typename = "User", id = adaId } } },
            graceToken);

        Assert.Equal("ada", response.Ok["_entities"]![0]!["username"]!.GetValue<string>());
        Assert.Null(response.Ok["_entities"]![0]!["email"]);
    }

    [Fact]
    public async Task A_malformed_user_id_is_BAD_USER_INPUT_and_an_unknown_one_null()
    {
        Assert.Equal(["BAD_USER_INPUT"], (await _api.PostAsync(EmailOf, new { id = "42" })).ErrorCodes);
        Assert.Null((await _api.PostAsync(EmailOf, new { id = Guid.CreateVersion7().ToString() })).Ok["user"]);
    }
}
