using System.Globalization;
using System.Text.Json.Nodes;

namespace GameLibrary.AppHost.Seeding;

/// <summary>
/// Submits the <see cref="DemoData.Scores"/> to the scoreboard subgraph as the demo accounts, the way a game would, so
/// the first games' leaderboards are not empty. Safe on every start: each score has a fixed idempotency key, so a
/// score stored by an earlier start is answered as a duplicate and changes nothing.
/// </summary>
/// <param name="scoreboard">The scoreboard subgraph's GraphQL endpoint.</param>
/// <param name="signIn">Signs a demo account in (through the users subgraph).</param>
/// <param name="report">Receives a line of progress.</param>
internal sealed class DemoScoreSeeder(GraphQLClient scoreboard, Func<DemoAccount, CancellationToken, Task<DemoSession>> signIn, Action<string> report)
{
    private const string BadUserInput = "BAD_USER_INPUT";
    private const string GameField = "gameId";

    private const string SubmitScore =
        "mutation($input: SubmitScoreInput!) { submitScore(input: $input) { status duplicate } }";

    /// <summary>Submits the demo scores of games 1 to <paramref name="games"/>.</summary>
    /// <param name="games">How many games the catalog has; scores of other games are skipped.</param>
    /// <param name="catalogWait">
    /// How long to wait for the scoreboard to learn about a game: it hears of games through the catalog's event log,
    /// a moment after the catalog publishes them.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many scores were stored by this call (0 when an earlier start stored them all).</returns>
    /// <exception cref="GraphQLException">The scoreboard refused a score, or never learned about a game.</exception>
    public async Task<int> SeedAsync(int games, TimeSpan catalogWait, CancellationToken cancellationToken)
    {
        DateTimeOffset deadline = DateTimeOffset.UtcNow + catalogWait;
        int submitted = 0, stored = 0;
        foreach (IGrouping<string, DemoScore> scores in DemoData.Scores.Where(score => score.GameId <= games).GroupBy(score => score.Username))
        {
            DemoAccount account = DemoData.Accounts.Single(candidate => candidate.Username == scores.Key);
            DemoSession session = await signIn(account, cancellationToken).ConfigureAwait(false);
            foreach (DemoScore score in scores)
            {
                JsonNode answer = await SubmitAsync(session.Token, score, deadline, cancellationToken).ConfigureAwait(false);
                submitted++;
                if (answer["duplicate"]?.GetValue<bool>() == false)
                {
                    stored++;
                }
            }
        }

        report(stored == 0
            ? string.Create(CultureInfo.InvariantCulture, $"demo scores: {submitted} kept from an earlier start")
            : string.Create(CultureInfo.InvariantCulture, $"demo scores: {stored} of {submitted} submitted to the first games' leaderboards"));
        return stored;
    }

    /// <summary>Submits one score, again while the scoreboard has not heard of its game yet.</summary>
    private async Task<JsonNode> SubmitAsync(string token, DemoScore score, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                JsonNode data = await scoreboard.ExecuteAsync(SubmitScore, Variables(score), token, cancellationToken).ConfigureAwait(false);
                return data["submitScore"] ?? throw new GraphQLException(null, "submitScore returned no payload.");
            }
            catch (GraphQLException exception) when (exception is { Code: BadUserInput, Field: GameField })
            {
                if (DateTimeOffset.UtcNow >= deadline)
                {
                    throw new GraphQLException(
                        exception.Code,
                        $"the scoreboard still does not know game {score.GameId} ({exception.Message}). It learns about games from the catalog's "
                        + "events; when its database was deleted but not the event log, start with --reseed.",
                        exception.Field);
                }

                await Task.Delay(DemoSeeder.RetryInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A new variables object per attempt: the client adopts it into its request body.</summary>
    private static JsonObject Variables(DemoScore score) => new()
    {
        ["input"] = new JsonObject
        {
            ["gameId"] = score.GameId.ToString(CultureInfo.InvariantCulture),
            ["score"] = score.Points,
            ["idempotencyKey"] = score.IdempotencyKey,
        },
    };
}
