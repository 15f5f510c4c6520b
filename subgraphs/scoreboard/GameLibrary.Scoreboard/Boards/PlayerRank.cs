namespace GameLibrary.Scoreboard.Boards;

/// <summary>A player's standing on a board.</summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="Score">The player's best on the board.</param>
/// <param name="TotalPlayers">How many players the board holds.</param>
public sealed record PlayerRank(long Rank, long Score, long TotalPlayers)
{
    /// <summary>The share of the board's players at or below this rank, 0–100 (100 for first place).</summary>
    public double Percentile => TotalPlayers == 0 ? 0 : Math.Round(100.0 * (TotalPlayers - Rank + 1) / TotalPlayers, 2);
}
