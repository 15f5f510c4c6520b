namespace GameLibrary.Scoreboard.Boards;

/// <summary>A page of a board.</summary>
/// <param name="Board">The board.</param>
/// <param name="TotalPlayers">How many players the whole board holds.</param>
/// <param name="Entries">The page's entries, best first.</param>
/// <param name="HasNextPage">Whether entries follow the page.</param>
/// <param name="HasPreviousPage">Whether entries precede it.</param>
public sealed record LeaderboardPage(
    BoardId Board, long TotalPlayers, IReadOnlyList<BoardEntry> Entries, bool HasNextPage, bool HasPreviousPage);
