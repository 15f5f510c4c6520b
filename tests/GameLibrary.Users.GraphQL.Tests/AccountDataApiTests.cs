using System.Text.Json;

using GameLibrary.Testing;
using GameLibrary.Users.GraphQL.Tests.Support;

namespace GameLibrary.Users.GraphQL.Tests;

/// <summary>Profile changes, export and deletion through the API.</summary>
public sealed class AccountDataApiTests : IAsyncLifetime
{
    private UsersApi _api = null!;

    public async Task InitializeAsync() => _api = await UsersApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task UpdateProfile_changes_the_signed_in_user_and_validates()
    {
        (_, string token) = await _api.SignUpAsync("ada");

        GraphQLResponse changed = await _api.PostAsync(
            "mutation { updateProfile(displayName: \"Ada L.\", avatarUrl: \"https://example.com/a.png\", region: APAC) { displayName avatarUrl region } }",
            token: token);
        GraphQLResponse invalid = await _api.PostAsync("mutation { updateProfile(avatarUrl: \"ftp://x\") { avatarUrl } }", token: token);

        Assert.Equal("Ada L.", changed.Ok["updateProfile"]!["displayName"]!.GetValue<string>());
        Assert.Equal("APAC", changed.Ok["updateProfile"]!["region"]!.GetValue<string>());
        Assert.Equal(["BAD_USER_INPUT"], invalid.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await _api.PostAsync("mutation { updateProfile(displayName: \"x\") { id } }")).ErrorCodes);
    }

    [Fact]
    public async Task ExportMyData_returns_the_callers_data_as_JSON()
    {
        (string id, string token) = await _api.SignUpAsync("ada");

        GraphQLResponse response = await _api.PostAsync("{ exportMyData }", token: token);

        using JsonDocument export = JsonDocument.Parse(response.Ok["exportMyData"]!.GetValue<string>());
        Assert.Equal(id, export.RootElement.GetProperty("account").GetProperty("id").GetString());
        Assert.Equal("ada@example.com", export.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.DoesNotContain("passwordHash", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["UNAUTHENTICATED"], (await _api.PostAsync("{ exportMyData }")).ErrorCodes);
    }

    [Fact]
    public async Task DeleteAccount_erases_the_user_and_publishes_UserDeleted()
    {
        (string id, string token) = await _api.SignUpAsync("ada");
        long before = await _api.LastUsersEventAsync();

        Assert.True((await _api.PostAsync("mutation { deleteAccount }", token: token)).Ok["deleteAccount"]!.GetValue<bool>());

        Assert.Null((await _api.PostAsync("{ me { id } }", token: token)).Ok["me"]);
        Assert.Null((await _api.PostAsync("query($id: ID!) { user(id: $id) { id } }", new { id }))!.Ok["user"]);
        Assert.Equal(["INVALID_CREDENTIALS"], (await _api.PostAsync(
            "mutation { login(usernameOrEmail: \"ada\", password: \"correct-horse-42\") { token } }")).ErrorCodes);
        await UsersApi.EventuallyAsync(async () => (await _api.UsersEventsAfterAsync(before))
            .Any(e => e.Event.Type == "UserDeleted" && e.Event.Payload.Contains(id, StringComparison.Ordinal)));
    }
}
