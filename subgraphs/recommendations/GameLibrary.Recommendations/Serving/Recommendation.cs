namespace GameLibrary.Recommendations.Serving;

/// <summary>A recommended game.</summary>
/// <param name="GameId">The catalog's game id.</param>
/// <param name="Score">How strongly it is recommended, in [0, 1]; lists are ordered by it.</param>
/// <param name="Reasons">Short human reasons, e.g. "shares 3 genres with Hades".</param>
public sealed record Recommendation(long GameId, double Score, IReadOnlyList<string> Reasons);
