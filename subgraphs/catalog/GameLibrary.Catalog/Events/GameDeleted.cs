namespace GameLibrary.Catalog.Events;

/// <summary>A game was removed from the catalog (event type <c>GameDeleted</c>).</summary>
/// <param name="GameId">The removed game's id.</param>
public sealed record GameDeleted(long GameId);
