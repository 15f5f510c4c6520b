namespace GameLibrary.Catalog.Events;

/// <summary>A game changed (event type <c>GameUpdated</c>).</summary>
/// <param name="GameId">The game's id.</param>
/// <param name="Slug">Its slug after the change.</param>
/// <param name="Title">Its title after the change.</param>
public sealed record GameUpdated(long GameId, string Slug, string Title);
