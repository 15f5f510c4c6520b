namespace GameLibrary.Scoreboard.Scores;

/// <summary>A page of a list read with offset cursors.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="Offset">The first item's position in the whole list.</param>
/// <param name="HasNextPage">Whether items follow.</param>
public sealed record ScorePage<T>(IReadOnlyList<T> Items, int Offset, bool HasNextPage);
