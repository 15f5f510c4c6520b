namespace GameLibrary.AppHost.Seeding;

/// <summary>A score a demo account submits, so the first games' leaderboards show something.</summary>
/// <param name="Username">The demo account.</param>
/// <param name="GameId">The catalog's game id.</param>
/// <param name="Points">The score.</param>
internal sealed record DemoScore(string Username, long GameId, int Points)
{
    /// <summary>
    /// The submission's idempotency key: fixed per account and game, so submitting again on a later start changes
    /// nothing (the scoreboard answers the first result), which is what makes the demo scores seed once.
    /// </summary>
    public string IdempotencyKey => $"demo-{Username}-game-{GameId}";
}
