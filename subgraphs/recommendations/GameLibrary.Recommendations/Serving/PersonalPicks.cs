using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Serving;

/// <summary>
/// A player's picks. Seeds are the player's highly rated (7+), owned and played games, weighted
/// (rating: <c>(r − 5) / 5</c>; owned: 0.6; played: <c>min(1, 0.5 + 0.1 · plays)</c>). Item-to-item collaborative
/// filtering walks from each seed to its fans (players who rated it 6+, own it or played it) and on to the other
/// games they like, adding <c>w / √(|fans(seed)| · |fans(candidate)|)</c> — the cosine of the two games' fan sets
/// accumulated pair by pair. Content similarity adds the best <c>w · similarity</c> over the seeds' precomputed
/// neighbors. <see cref="PicksScore"/> blends the two and re-ranks by score activity. Games the player rated, owns or
/// played are never picked. Without seeds (a new player) the cold start fills the list; it also tops up a short one.
/// </summary>
internal static class PersonalPicks
{
    /// <summary>The strongest seeds walked.</summary>
    public const int MaxSeeds = 20;

    /// <summary>The seeds whose content neighbors are candidates.</summary>
    public const int MaxContentSeeds = 10;

    /// <summary>Fans followed per seed: bounds the walk on very popular games.</summary>
    public const int MaxFans = 100;

    /// <summary>Liked games followed per fan.</summary>
    public const int MaxLikedPerFan = 100;

    /// <summary>Players of the region looked at to find its favourite genres.</summary>
    public const int MaxRegionalPlayers = 2000;

    public static List<Recommendation> Compute(RecommendationState state, Guid userId, DateTimeOffset now, int first)
    {
        state.Players.TryGetValue(userId, out PlayerNode? player);
        HashSet<long> excluded = player is null ? [] : [.. player.Ratings.Keys, .. player.Library.Keys, .. player.PlayCounts.Keys];
        List<Recommendation> picks = player is null ? [] : FromHistory(state, player, excluded, now, first);
        if (picks.Count < first)
        {
            HashSet<long> taken = [.. excluded, .. picks.Select(pick => pick.GameId)];
            picks.AddRange(ColdStart(state, player, taken, now, first - picks.Count));
        }

        return picks;
    }

    private static List<Recommendation> FromHistory(RecommendationState state, PlayerNode player, HashSet<long> excluded, DateTimeOffset now, int first)
    {
        Dictionary<long, double> weights = [];
        foreach ((long gameId, int rating) in player.Ratings.Where(r => r.Value >= 7))
        {
            Seed(weights, gameId, (rating - 5) / 5.0);
        }

        foreach (long gameId in player.Library.Keys)
        {
            Seed(weights, gameId, 0.6);
        }

        foreach ((long gameId, int plays) in player.PlayCounts)
        {
            Seed(weights, gameId, Math.Min(1, 0.5 + (0.1 * plays)));
        }

        List<(GameNode Game, double Weight)> seeds = [.. weights
            .Where(seed => state.CatalogGame(seed.Key) is not null)
            .OrderByDescending(seed => seed.Value)
            .ThenBy(seed => seed.Key)
            .Take(MaxSeeds)
            .Select(seed => (state.Games[seed.Key], seed.Value))];

        Dictionary<long, (double Score, GameNode Seed, double Best)> collaborative = [];
        foreach ((GameNode seed, double weight) in seeds)
        {
            foreach (Guid fanId in seed.Fans.Take(MaxFans))
            {
                if (fanId == player.Id || !state.Players.TryGetValue(fanId, out PlayerNode? fan))
                {
                    continue;
                }

                foreach (long candidateId in fan.Liked.Take(MaxLikedPerFan))
                {
                    if (excluded.Contains(candidateId) || state.CatalogGame(candidateId) is not { } candidate)
                    {
                        continue;
                    }

                    double contribution = weight / Math.Sqrt((double)seed.Fans.Count * Math.Max(1, candidate.Fans.Count));
                    collaborative[candidateId] = collaborative.TryGetValue(candidateId, out var sum)
                        ? (sum.Score + contribution, contribution > sum.Best ? seed : sum.Seed, Math.Max(contribution, sum.Best))
                        : (contribution, seed, contribution);
                }
            }
        }

        Dictionary<long, (double Score, GameNode Seed, ContentMatch Match)> content = [];
        foreach ((GameNode seed, double weight) in seeds.Take(MaxContentSeeds))
        {
            foreach (Neighbor neighbor in state.NeighborsOf(seed))
            {
                double score = weight * neighbor.Match.Score;
                if (!excluded.Contains(neighbor.GameId) && (!content.TryGetValue(neighbor.GameId, out var best) || score > best.Score))
                {
                    content[neighbor.GameId] = (score, seed, neighbor.Match);
                }
            }
        }

        double maxCollaborative = collaborative.Count == 0 ? 1 : collaborative.Values.Max(c => c.Score);
        List<(long GameId, double Base)> ranked = [.. collaborative.Keys.Union(content.Keys)
            .Select(candidateId => (candidateId, PicksScore.Combine(
                collaborative.TryGetValue(candidateId, out var c) ? c.Score / maxCollaborative : 0,
                content.TryGetValue(candidateId, out var s) ? s.Score : 0,
                1)))
            .OrderByDescending(candidate => candidate.Item2)
            .ThenBy(candidate => candidate.candidateId)];

        // The activity re-rank moves a score by at most the activity share, so a candidate whose score at full activity
        // falls below the first-th best score at none cannot enter the list: only the others need their activity.
        double floor = ranked.Count >= first && first > 0 ? ranked[first - 1].Base * (1 - PicksScore.ActivityShare) : 0;
        return [.. ranked
            .TakeWhile(candidate => candidate.Base >= floor)
            .Select(candidate =>
            {
                GameNode game = state.Games[candidate.GameId];
                double plays = RecommendationState.PopularityOf(game, now).PlaysActivity;
                List<string> reasons = [];
                double collaborativeScore = 0;
                if (collaborative.TryGetValue(candidate.GameId, out var c))
                {
                    collaborativeScore = c.Score / maxCollaborative;
                    reasons.Add($"players who like {c.Seed.Title} like it too");
                }

                double contentScore = 0;
                if (content.TryGetValue(candidate.GameId, out var s))
                {
                    contentScore = s.Score;
                    Reasons.AddContent(reasons, s.Match, s.Seed.Title);
                }

                if (plays >= Reasons.ActiveThreshold)
                {
                    reasons.Add("played a lot lately");
                }

                return new Recommendation(candidate.GameId, PicksScore.Combine(collaborativeScore, contentScore, plays), reasons);
            })
            .OrderByDescending(pick => pick.Score)
            .ThenBy(pick => pick.GameId)
            .Take(first)];
    }

    /// <summary>
    /// Popular games in the favourite genres of the player's region (scored <c>popularity · (0.5 + 0.5 · genre share)</c>),
    /// then popular games overall (<c>0.5 · popularity</c>), so regional taste ranks first.
    /// </summary>
    private static List<Recommendation> ColdStart(RecommendationState state, PlayerNode? player, HashSet<long> taken, DateTimeOffset now, int first)
    {
        (long GameId, double Popularity)[] popular = state.PopularRanking(now);
        List<Recommendation> picks = [];
        if (player?.Region is { } region)
        {
            Dictionary<long, int> genreCounts = [];
            foreach (PlayerNode neighbor in state.Players.Values.Where(p => p.Region == region && p.Id != player.Id).Take(MaxRegionalPlayers))
            {
                foreach (long gameId in neighbor.Liked)
                {
                    foreach (long genre in state.CatalogGame(gameId)?.Features.Genres ?? [])
                    {
                        genreCounts[genre] = genreCounts.GetValueOrDefault(genre) + 1;
                    }
                }
            }

            if (genreCounts.Count > 0)
            {
                double top = genreCounts.Values.Max();
                Dictionary<long, double> share = genreCounts
                    .OrderByDescending(g => g.Value).ThenBy(g => g.Key).Take(3)
                    .ToDictionary(g => g.Key, g => g.Value / top);
                picks.AddRange(popular
                    .Where(p => !taken.Contains(p.GameId))
                    .Select(p => (p.GameId, p.Popularity, Share: state.Games[p.GameId].Features.Genres.Select(g => share.GetValueOrDefault(g)).DefaultIfEmpty(0).Max()))
                    .Where(p => p.Share > 0)
                    .Select(p => new Recommendation(p.GameId, p.Popularity * (0.5 + (0.5 * p.Share)), [$"popular with players in {region}"]))
                    .OrderByDescending(pick => pick.Score)
                    .ThenBy(pick => pick.GameId)
                    .Take(first));
            }
        }

        HashSet<long> chosen = [.. taken, .. picks.Select(pick => pick.GameId)];
        picks.AddRange(popular
            .Where(p => !chosen.Contains(p.GameId))
            .Take(first - picks.Count)
            .Select(p => new Recommendation(p.GameId, 0.5 * p.Popularity, ["popular with players right now"])));
        return picks;
    }

    private static void Seed(Dictionary<long, double> weights, long gameId, double weight) =>
        weights[gameId] = Math.Max(weight, weights.GetValueOrDefault(gameId));
}
