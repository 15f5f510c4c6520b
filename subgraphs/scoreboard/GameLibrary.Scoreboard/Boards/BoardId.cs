using GameLibrary.Scoreboard.Players;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>One board: a game's period (or competition), globally or for one region.</summary>
/// <param name="GameId">The catalog's game id.</param>
/// <param name="Period">The period.</param>
/// <param name="Region">The region; <see langword="null"/> for the global board.</param>
public sealed record BoardId(long GameId, BoardPeriod Period, Region? Region)
{
    /// <summary>
    /// When the board's Redis keys expire: the period's end plus the longest a score may be submitted late (so a score
    /// played on the last day still lands on it), plus an hour; <see langword="null"/> (never) for all time and competitions.
    /// </summary>
    /// <param name="maxAge">How old <c>playedAt</c> may be.</param>
    public DateTimeOffset? ExpiresAt(TimeSpan maxAge) => Period.End is { } end ? end + maxAge + TimeSpan.FromHours(1) : null;
}
