using GameLibrary.Testing;
using GameLibrary.Users.GraphQL.Tests.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Users.GraphQL.Tests;

public sealed class PasswordLoggingTests
{
    [Fact]
    public async Task Passwords_appear_in_no_log_entry_or_response_even_at_trace_level()
    {
        const string Secret = "Sup3r-Secret-Passw0rd";
        CapturingLoggerProvider logs = new();
        await using UsersApi api = await UsersApi.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:Console:LogLevel:Default"] = "Warning",
            },
            configure: builder => builder.Services.AddSingleton<ILoggerProvider>(logs));

        string id = await api.RegisterAsync("ada", Secret);
        GraphQLResponse wrong = await api.PostAsync(
            "mutation($p: String!) { login(usernameOrEmail: \"ada\", password: $p) { token } }", new { p = Secret + "x" });
        GraphQLResponse right = await api.PostAsync(
            "mutation($p: String!) { login(usernameOrEmail: \"ada\", password: $p) { token user { id } } }", new { p = Secret });

        Assert.Equal(["INVALID_CREDENTIALS"], wrong.ErrorCodes);
        Assert.Equal(id, right.Ok["login"]!["user"]!["id"]!.GetValue<string>());
        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, entry => entry.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, wrong.Body + right.Body, StringComparison.Ordinal);
    }
}
