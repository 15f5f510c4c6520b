namespace GameLibrary.Catalog.Events;

/// <summary>A game was added to the catalog (event type <c>GameCreated</c>).</summary>
/// <param name="GameId">The new game's id.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="Title">Its title.</param>
public sealed record GameCreated(long GameId, string Slug, string Title);
