using System.Text.Json.Nodes;

namespace GameLibrary.AppHost.Seeding;

/// <summary>
/// "Simulate players": signs the demo accounts in through the gateway and submits plausible scores for them on one
/// game, one every <c>interval</c>, so the live leaderboard page moves on its own. Each player's score climbs
/// from where they stand by a random step (a better run now and then, as players improve); refusals (rate limits,
/// an unknown game) are reported and skipped, never fatal. Runs until cancelled.
/// </summary>
/// <param name="gateway">The gateway's GraphQL endpoint.</param>
/// <param name="report">Where one line per refusal goes (the apphost's console).</param>
internal sealed class LeaderboardSimulator(GraphQLClient gateway, Action<string> report)
{
    private const string Login =
        "mutation($login: String!, $password: String!) { login(usernameOrEmail: $login, password: $password) { token } }";

    private const string Submit =
        "mutation($input: SubmitScoreInput!) { submitScore(input: $input) { status rank } }";

    /// <summary>Submits scores for the demo accounts on <paramref name="gameId"/> until <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(string gameId, TimeSpan interval, CancellationToken cancellationToken)
    {
        List<(string Username, string Token)> players = [];
        foreach (DemoAccount account in DemoData.Accounts)
        {
            JsonNode data = await gateway.ExecuteAsync(
                Login, new JsonObject { ["login"] = account.Username, ["password"] = DemoData.Password }, token: null, cancellationToken).ConfigureAwait(false);
            players.Add((account.Username, data["login"]!["token"]!.GetValue<string>()));
        }

        Dictionary<string, int> scores = players.ToDictionary(p => p.Username, _ => Random.Shared.Next(500, 2000));
        using PeriodicTimer timer = new(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            (string username, string token) = players[Random.Shared.Next(players.Count)];
            scores[username] += Random.Shared.Next(10, 400);
            JsonObject input = new()
            {
                ["gameId"] = gameId,
                ["score"] = scores[username],
                ["idempotencyKey"] = $"sim-{Guid.NewGuid():N}",
            };
            try
            {
                await gateway.ExecuteAsync(Submit, new JsonObject { ["input"] = input }, token, cancellationToken).ConfigureAwait(false);
            }
            catch (GraphQLException ex)
            {
                report($"simulate players: {username}'s score was refused: {ex.Message}");
            }
        }
    }
}
