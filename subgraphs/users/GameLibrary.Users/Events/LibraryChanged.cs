namespace GameLibrary.Users.Events;

/// <summary>Published when a game is added to a library, changes status, or is removed.</summary>
/// <param name="UserId">The library's owner.</param>
/// <param name="GameId">The catalog's game id.</param>
/// <param name="Status">The new status in upper case (e.g. <c>PLAYING</c>); <see langword="null"/> when removed.</param>
public sealed record LibraryChanged(Guid UserId, long GameId, string? Status);
