namespace GameLibrary.Scoreboard.Catalog;

/// <summary>The catalog's event announcing a changed game.</summary>
/// <param name="GameId">The game id.</param>
/// <param name="Slug">The slug.</param>
/// <param name="Title">The title.</param>
public sealed record GameUpdated(long GameId, string Slug, string Title);
