using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Model;

/// <summary>A precomputed content neighbor of a game.</summary>
/// <param name="GameId">The neighbor.</param>
/// <param name="Match">How similar it is and what they share.</param>
internal readonly record struct Neighbor(long GameId, ContentMatch Match);
