using System.Net;
using System.Text.Json.Nodes;
using GameLibrary.Drills.Tests.Support;
using Xunit.Abstractions;

namespace GameLibrary.Drills.Tests;

/// <summary>
/// PostgreSQL stopped and started again: while it is down every operation that needs it (the writes; reads may come
/// from Redis) gets a GraphQL error with a code (SERVICE_UNAVAILABLE for the writes) — never a 500, never a stack
/// trace — and nothing is acknowledged; once it is back the same operations succeed,
/// without any service being restarted.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class PostgresRestartDrill(DrillPlatform fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task While_PostgreSQL_is_down_errors_carry_codes_and_afterwards_everything_works_without_restarts()
    {
        var platform = fixture.Platform;
        using DrillClient client = await DrillClient.CreateAsync(platform);
        string[] players = await client.RegisterPlayersAsync(1);
        Dictionary<string, int> processes = platform.Subgraphs.Append(platform.Gateway).ToDictionary(host => host.Name, host => host.Process.Id);
        string game = client.Games[6];
        await client.Gateway.WaitUntilScoredAsync(players[0], game, Poll.Patience);

        await platform.Postgres.StopAsync();
        List<(string Operation, HttpStatusCode Status, JsonNode? Body)> down = [];
        try
        {
            foreach ((string operation, string query, JsonObject variables, string? token) in Operations(game, players[0], "down"))
            {
                (HttpStatusCode status, JsonNode? body) = await client.Gateway.PostAsync(query, variables, token);
                down.Add((operation, status, body));
            }
        }
        finally
        {
            await platform.Postgres.StartAsync();
        }

        down.ForEach(answer => output.WriteLine($"while down, {answer.Operation}: {(int)answer.Status} {answer.Body?.ToJsonString()}"));
        Assert.All(down, answer =>
        {
            string text = answer.Body?.ToJsonString() ?? "(no JSON)";
            Assert.NotEqual(HttpStatusCode.InternalServerError, answer.Status);
            Assert.NotNull(answer.Body);
            Assert.All(answer.Body["errors"]?.AsArray() ?? [], error => Assert.False(string.IsNullOrEmpty(error?["extensions"]?["code"]?.GetValue<string>()), $"{answer.Operation}: {text}"));
            Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
        });
        // The writes need PostgreSQL: refused with a code, nothing acknowledged. (Reads may be served from Redis.)
        Assert.All(
            down.Where(answer => answer.Operation.EndsWith("write", StringComparison.Ordinal)),
            answer => Assert.Equal("SERVICE_UNAVAILABLE", answer.Body!["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>()));
        Assert.DoesNotContain(down, answer => answer.Body?["data"]?["submitScore"]?["status"] is not null);

        await Poll.UntilAsync("every operation succeeding again", async () =>
        {
            foreach ((_, string query, JsonObject variables, string? token) in Operations(game, players[0], Guid.NewGuid().ToString("N")[..8]))
            {
                if ((await client.Gateway.PostAsync(query, variables, token)).Body?["errors"] is not null)
                {
                    return false;
                }
            }

            return true;
        });
        Assert.Equal(processes, platform.Subgraphs.Append(platform.Gateway).ToDictionary(host => host.Name, host => host.Process.Id));
    }

    /// <summary>A read and a write on each subgraph whose data lives in PostgreSQL.</summary>
    private static IEnumerable<(string Operation, string Query, JsonObject Variables, string? Token)> Operations(string game, string token, string run)
    {
        yield return ("catalog and users read", "query($id: ID!) { game(id: $id) { title averageRating } }", new JsonObject { ["id"] = game }, null);
        yield return ("scoreboard read", "query($id: ID!) { leaderboard(gameId: $id) { totalPlayers } }", new JsonObject { ["id"] = game }, null);
        yield return ("scoreboard write", GameLibrary.Gateway.LoadTest.Platform.GraphQLClient.SubmitScore, new JsonObject { ["g"] = game, ["s"] = 4242, ["k"] = $"pg-{run}-key" }, token);
        yield return ("users write", "mutation($u: String!, $e: String!) { register(username: $u, email: $e, password: \"drills-password-42\") { token } }", new JsonObject { ["u"] = $"pg{run}", ["e"] = $"pg{run}@example.com" }, null);
    }
}
