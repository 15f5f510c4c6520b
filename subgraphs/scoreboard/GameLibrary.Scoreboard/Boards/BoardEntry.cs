namespace GameLibrary.Scoreboard.Boards;

/// <summary>A player's place on a board.</summary>
/// <param name="Rank">1 for the best; ties are broken by who reached the score first, so ranks are distinct.</param>
/// <param name="UserId">The player.</param>
/// <param name="Score">The player's best on the board.</param>
/// <param name="AchievedAtMicros">When the best was played (microseconds since the epoch).</param>
public sealed record BoardEntry(long Rank, Guid UserId, long Score, long AchievedAtMicros)
{
    /// <summary>When the best was played.</summary>
    public DateTimeOffset AchievedAt => Time.FromMicros(AchievedAtMicros);

    /// <summary>The entry's position, for keyset paging.</summary>
    public BoardCursor Cursor => new(Score, AchievedAtMicros, UserId);
}
