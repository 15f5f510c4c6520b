namespace GameLibrary.Users.Catalog;

/// <summary>The catalog's event announcing a deleted game.</summary>
/// <param name="GameId">The game id.</param>
public sealed record GameDeleted(long GameId);
