namespace GameLibrary.Scoreboard.Catalog;

/// <summary>The catalog's event announcing a game (read from the <c>catalog</c> log).</summary>
/// <param name="GameId">The game id.</param>
/// <param name="Slug">The slug.</param>
/// <param name="Title">The title.</param>
public sealed record GameCreated(long GameId, string Slug, string Title);
