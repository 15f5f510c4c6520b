using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Serving;

/// <summary>
/// Games like a given one: its precomputed content neighbors plus the most popular games as candidates, each scored
/// <see cref="HybridScore"/> (0.6 content + 0.4 popularity), never the game itself. A game nobody has played yet is
/// still reached through content similarity; a popular game with nothing in common only through its popularity.
/// </summary>
internal static class SimilarGames
{
    /// <summary>How many of the most popular games join the content neighbors as candidates.</summary>
    public const int PopularCandidates = 50;

    public static List<Recommendation> Compute(RecommendationState state, long gameId, DateTimeOffset now, int first)
    {
        if (first == 0 || state.CatalogGame(gameId) is not { } game)
        {
            return [];
        }

        Dictionary<long, ContentMatch> candidates = [];
        foreach (Neighbor neighbor in state.NeighborsOf(game))
        {
            candidates[neighbor.GameId] = neighbor.Match;
        }

        foreach ((long popularId, _) in state.PopularRanking(now).Take(PopularCandidates + 1))
        {
            if (popularId != gameId && !candidates.ContainsKey(popularId))
            {
                candidates[popularId] = ContentSimilarity.Compare(game.Features, state.Games[popularId].Features);
            }
        }

        return [.. candidates
            .Select(candidate =>
            {
                GameNode other = state.Games[candidate.Key];
                double popularity = RecommendationState.PopularityOf(other, now).Popularity;
                List<string> reasons = [];
                Reasons.AddContent(reasons, candidate.Value, game.Title);
                if (popularity >= Reasons.PopularThreshold || (popularity > 0 && candidate.Value.Score < Reasons.WeakContent))
                {
                    reasons.Add("popular with players right now");
                }

                if (reasons.Count == 0)
                {
                    reasons.Add($"similar to {game.Title}");
                }

                return new Recommendation(other.Id, HybridScore.Combine(candidate.Value.Score, popularity), reasons);
            })
            .OrderByDescending(recommendation => recommendation.Score)
            .ThenBy(recommendation => recommendation.GameId)
            .Take(first)];
    }
}
