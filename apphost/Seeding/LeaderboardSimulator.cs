using System.Globalization;
using System.Text.Json.Nodes;

namespace GameLibrary.AppHost.Seeding;

/// <summary>
/// "Simulate players" (<c>--simulate</c>): the demo accounts submit plausible scores on one game, one every
/// <c>interval</c>, so the live leaderboard page moves on its own. Each player climbs from just above the board's top
/// score by a random step, so every submission raises a best and reorders the board now and then; refusals (rate
/// limits, an unknown game) are reported and skipped, never fatal. Runs until cancelled.
/// </summary>
/// <param name="scores">Where scores are submitted: the gateway (or the scoreboard subgraph itself).</param>
/// <param name="signIn">Signs a demo account in.</param>
/// <param name="report">Where one line per refusal goes (the apphost's console).</param>
internal sealed class LeaderboardSimulator(GraphQLClient scores, Func<DemoAccount, CancellationToken, Task<DemoSession>> signIn, Action<string> report)
{
    private const string Submit =
        "mutation($input: SubmitScoreInput!) { submitScore(input: $input) { status rank } }";

    /// <summary>Submits scores for the demo accounts on <paramref name="gameId"/> until <paramref name="cancellationToken"/> fires.</summary>
    /// <param name="gameId">The game whose boards move.</param>
    /// <param name="interval">The pause between two submissions.</param>
    /// <param name="cancellationToken">Stops the simulation (the returned task is then cancelled).</param>
    public async Task RunAsync(long gameId, TimeSpan interval, CancellationToken cancellationToken)
    {
        List<(string Username, string Token)> players = [];
        foreach (DemoAccount account in DemoData.Accounts)
        {
            DemoSession session = await signIn(account, cancellationToken).ConfigureAwait(false);
            players.Add((account.Username, session.Token));
        }

        // From just above the board's top score (each player a little apart), so every submission raises that player's
        // best and the board moves at once, also on a later start when the bests have climbed since the demo scores.
        int top = await TopScoreAsync(gameId, cancellationToken).ConfigureAwait(false);
        Dictionary<string, int> points = players.ToDictionary(player => player.Username, _ => top + Random.Shared.Next(0, 200));
        using PeriodicTimer timer = new(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            (string username, string token) = players[Random.Shared.Next(players.Count)];
            points[username] += Random.Shared.Next(10, 400);
            JsonObject input = new()
            {
                ["gameId"] = gameId.ToString(CultureInfo.InvariantCulture),
                ["score"] = points[username],
                ["idempotencyKey"] = $"sim-{Guid.NewGuid():N}",
            };
            try
            {
                await scores.ExecuteAsync(Submit, new JsonObject { ["input"] = input }, token, cancellationToken).ConfigureAwait(false);
            }
            catch (GraphQLException ex)
            {
                report($"simulate players: {username}'s score was refused: {ex.Message}");
            }
        }
    }

    /// <summary>The best score on the game's all-time board, or a plausible start when the board is empty.</summary>
    private async Task<int> TopScoreAsync(long gameId, CancellationToken cancellationToken)
    {
        JsonNode data = await scores.ExecuteAsync(
            "query($gameId: ID!) { leaderboard(gameId: $gameId, first: 1) { entries { score } } }",
            new JsonObject { ["gameId"] = gameId.ToString(CultureInfo.InvariantCulture) },
            token: null,
            cancellationToken).ConfigureAwait(false);
        return data["leaderboard"]?["entries"]?.AsArray() is [{ } first, ..] ? first["score"]!.GetValue<int>() : 1000;
    }
}
