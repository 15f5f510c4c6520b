namespace GameLibrary.Recommendations.Events;

/// <summary>The catalog's <c>GameDeleted</c> event.</summary>
/// <param name="GameId">The deleted game's id.</param>
public sealed record GameDeleted(long GameId);
