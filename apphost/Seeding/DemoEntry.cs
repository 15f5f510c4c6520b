namespace GameLibrary.AppHost.Seeding;

/// <summary>One entry of a demo account: a game in its library (when it has a status) and its rating (when it has one).</summary>
/// <param name="GameId">The catalog's game id; the seeded catalog numbers its games from 1.</param>
/// <param name="Status">The library status, or null when the game is only rated.</param>
/// <param name="Rating">The rating 1–10, or null.</param>
internal sealed record DemoEntry(long GameId, string? Status, int? Rating);
