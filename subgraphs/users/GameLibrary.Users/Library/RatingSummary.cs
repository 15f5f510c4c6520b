namespace GameLibrary.Users.Library;

/// <summary>The ratings of one game.</summary>
/// <param name="GameId">The catalog's game id.</param>
/// <param name="Count">How many players rated it.</param>
/// <param name="Average">Their average rating; <see langword="null"/> when nobody rated it.</param>
public sealed record RatingSummary(long GameId, int Count, double? Average);
