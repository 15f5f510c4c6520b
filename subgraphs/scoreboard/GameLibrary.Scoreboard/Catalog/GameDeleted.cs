namespace GameLibrary.Scoreboard.Catalog;

/// <summary>The catalog's event announcing a deleted game: new scores for it are refused; its boards stay readable.</summary>
/// <param name="GameId">The game id.</param>
public sealed record GameDeleted(long GameId);
