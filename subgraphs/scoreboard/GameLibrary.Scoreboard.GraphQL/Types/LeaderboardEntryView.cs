using GameLibrary.Scoreboard.Boards;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>An entry with the game of its board, which the entry's <c>game</c> field references.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="GameId">The board's game.</param>
public sealed record LeaderboardEntryView(BoardEntry Entry, long GameId);
