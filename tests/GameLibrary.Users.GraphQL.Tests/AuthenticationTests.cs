using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Testing;
using GameLibrary.Users.GraphQL.Tests.Support;

using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GameLibrary.Users.GraphQL.Tests;

/// <summary>Registration, login, tokens and throttling through the API, on real PostgreSQL and Redis.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string Me = "{ me { id username email } }";
    private UsersApi _api = null!;

    public async Task InitializeAsync() => _api = await UsersApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Login_returns_a_signed_token_with_issuer_audience_expiry_and_roles_that_me_accepts()
    {
        string id = await _api.RegisterAsync("ada");

        GraphQLResponse login = await _api.PostAsync(
            "mutation { login(usernameOrEmail: \"ADA@example.com\", password: \"correct-horse-42\") { token expiresAt roles user { id username } } }");

        JsonWebToken token = new JsonWebTokenHandler().ReadJsonWebToken(login.Ok["login"]!["token"]!.GetValue<string>());
        Assert.Equal("gamelibrary", token.Issuer);
        Assert.Equal(["gamelibrary"], token.Audiences);
        Assert.Equal(id, token.Subject);
        Assert.Equal(["player"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.InRange(token.ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
        Assert.Equal(["player"], login.Ok["login"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(id, login.Ok["login"]!["user"]!["id"]!.GetValue<string>());
        Assert.True(Guid.TryParse(id, out Guid parsed) && parsed.Version == 7);

        GraphQLResponse me = await _api.PostAsync(Me, token: token.EncodedToken);
        Assert.Equal(("ada", "ada@example.com"), (me.Ok["me"]!["username"]!.GetValue<string>(), me.Ok["me"]!["email"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Register_signs_the_new_player_in_with_a_token_that_me_accepts()
    {
        GraphQLResponse register = await _api.PostAsync(
            "mutation { register(username: \"ida\", email: \"ida@example.com\", password: \"correct-horse-42\") { token expiresAt roles user { id username } } }");

        JsonNode payload = register.Ok["register"]!;
        JsonWebToken token = new JsonWebTokenHandler().ReadJsonWebToken(payload["token"]!.GetValue<string>());
        string id = payload["user"]!["id"]!.GetValue<string>();
        Assert.Equal("ida", payload["user"]!["username"]!.GetValue<string>());
        Assert.Equal(id, token.Subject);
        Assert.Equal(["player"], payload["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(token.ValidTo, payload["expiresAt"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromSeconds(1));

        GraphQLResponse me = await _api.PostAsync(Me, token: token.EncodedToken);
        Assert.Equal(id, me.Ok["me"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_configured_admin_registering_gets_the_admin_role_at_once()
    {
        GraphQLResponse register = await _api.PostAsync(
            "mutation { register(username: \"root\", email: \"root@example.com\", password: \"correct-horse-42\") { token roles } }");

        Assert.Equal(["player", "admin"], register.Ok["register"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        JsonWebToken token = new JsonWebTokenHandler().ReadJsonWebToken(register.Ok["register"]!["token"]!.GetValue<string>());
        Assert.Equal(["player", "admin"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
    }

    [Fact]
    public async Task Configured_admins_get_the_admin_role()
    {
        await _api.RegisterAsync("root");

        GraphQLResponse login = await _api.PostAsync("mutation { login(usernameOrEmail: \"root\", password: \"correct-horse-42\") { roles } }");

        Assert.Equal(["player", "admin"], login.Ok["login"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_wrong_password_is_INVALID_CREDENTIALS()
    {
        await _api.RegisterAsync("grace");

        GraphQLResponse response = await _api.PostAsync("mutation { login(usernameOrEmail: \"grace\", password: \"wrong-password-1\") { token } }");

        Assert.Equal(["INVALID_CREDENTIALS"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_duplicate_username_is_USERNAME_TAKEN_and_a_duplicate_email_EMAIL_TAKEN()
    {
        await _api.RegisterAsync("linus");

        GraphQLResponse sameName = await _api.PostAsync(
            "mutation { register(username: \"Linus\", email: \"x@example.com\", password: \"correct-horse-42\") { token } }");
        GraphQLResponse sameEmail = await _api.PostAsync(
            "mutation { register(username: \"linus2\", email: \"LINUS@example.com\", password: \"correct-horse-42\") { token } }");

        Assert.Equal(["USERNAME_TAKEN"], sameName.ErrorCodes);
        Assert.Equal(["EMAIL_TAKEN"], sameEmail.ErrorCodes);
    }

    [Fact]
    public async Task A_weak_password_is_BAD_USER_INPUT_and_never_echoed()
    {
        GraphQLResponse response = await _api.PostAsync(
            "mutation($p: String!) { register(username: \"weakling\", email: \"weak@example.com\", password: $p) { token } }",
            new { p = "Zq9!x" });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("too weak", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("Zq9!x", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_leaves_the_caller_anonymous()
    {
        string id = await _api.RegisterAsync("old");
        string expired = Craft(UsersApi.SigningKey, id, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));

        GraphQLResponse response = await _api.PostAsync(Me, token: expired);

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Data!["me"]);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_leaves_the_caller_anonymous()
    {
        string id = await _api.RegisterAsync("mallory");
        string forged = Craft("an-attackers-own-key-of-sufficient-length!!", id, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1), "admin");

        GraphQLResponse response = await _api.PostAsync(Me, token: forged);

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Data!["me"]);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        await _api.RegisterAsync("target");
        for (int attempt = 0; attempt < 3; attempt++)
        {
            GraphQLResponse failed = await _api.PostAsync(
                "mutation { login(usernameOrEmail: \"target\", password: \"wrong-password-1\") { token } }", forwardedFor: $"198.51.100.{attempt}");
            Assert.Equal(["INVALID_CREDENTIALS"], failed.ErrorCodes);
        }

        GraphQLResponse locked = await _api.PostAsync(
            "mutation { login(usernameOrEmail: \"target\", password: \"correct-horse-42\") { token } }", forwardedFor: "198.51.100.99");

        Assert.Equal(["TOO_MANY_LOGIN_ATTEMPTS"], locked.ErrorCodes);
    }

    [Fact]
    public async Task Repeated_failures_from_one_address_lock_that_address_across_accounts()
    {
        await _api.RegisterAsync("bystander");
        for (int attempt = 0; attempt < 6; attempt++)
        {
            await _api.PostAsync(
                $"mutation {{ login(usernameOrEmail: \"guess{attempt}\", password: \"wrong-password-1\") {{ token }} }}",
                forwardedFor: "10.1.1.1, 203.0.113.5");
        }

        GraphQLResponse fromAttacker = await _api.PostAsync(
            "mutation { login(usernameOrEmail: \"bystander\", password: \"correct-horse-42\") { token } }", forwardedFor: "203.0.113.5");
        GraphQLResponse fromElsewhere = await _api.PostAsync(
            "mutation { login(usernameOrEmail: \"bystander\", password: \"correct-horse-42\") { token } }", forwardedFor: "203.0.113.6");

        Assert.Equal(["TOO_MANY_LOGIN_ATTEMPTS"], fromAttacker.ErrorCodes);
        Assert.Empty(fromElsewhere.Errors);
    }

    private static string Craft(string signingKey, string userId, DateTime notBefore, DateTime expires, params string[] roles) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "gamelibrary",
            Audience = "gamelibrary",
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object> { ["sub"] = userId, ["name"] = "someone", ["role"] = roles.Length == 0 ? ["player"] : roles },
        });
}
