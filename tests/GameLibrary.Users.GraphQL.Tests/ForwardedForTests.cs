using GameLibrary.Testing;
using GameLibrary.Users.GraphQL.Tests.Support;

namespace GameLibrary.Users.GraphQL.Tests;

public sealed class ForwardedForTests
{
    [Fact]
    public async Task Without_a_trusted_proxy_X_Forwarded_For_cannot_dodge_the_per_address_limit()
    {
        await using UsersApi api = await UsersApi.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Users:LoginThrottling:TrustForwardedFor"] = "false",
        });
        await api.RegisterAsync("bystander");
        for (int attempt = 0; attempt < 6; attempt++)
        {
            await api.PostAsync(
                $"mutation {{ login(usernameOrEmail: \"guess{attempt}\", password: \"wrong-password-1\") {{ token }} }}",
                forwardedFor: $"192.0.2.{attempt}");
        }

        GraphQLResponse response = await api.PostAsync(
            "mutation { login(usernameOrEmail: \"bystander\", password: \"correct-horse-42\") { token } }", forwardedFor: "192.0.2.200");

        Assert.Equal(["TOO_MANY_LOGIN_ATTEMPTS"], response.ErrorCodes);
    }
}
