namespace GameLibrary.Recommendations.Events;

/// <summary>The users subgraph's <c>LibraryChanged</c> event.</summary>
/// <param name="UserId">The library's owner.</param>
/// <param name="GameId">The game.</param>
/// <param name="Status">The new status (e.g. <c>PLAYING</c>); null when the game left the library.</param>
public sealed record LibraryChanged(Guid UserId, long GameId, string? Status);
