using System.Collections.Concurrent;

using GameLibrary.Recommendations.ReadModel;
using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Model;

/// <summary>
/// The in-memory projection of the read model that requests are served from: games with features and inverted
/// feature indexes, players, interactions by game and by player, hourly activity counts, and the precomputed content
/// neighbors. Changes are applied under the index's write lock; reads run concurrently under its read lock and may
/// fill the derived caches (neighbors, popularity), which are concurrent dictionaries for that reason.
/// </summary>
internal sealed class RecommendationState
{
    /// <summary>How many content neighbors are kept per game: as many as one list may return.</summary>
    public const int NeighborCount = 50;

    /// <summary>The lowest rating that counts as liking a game.</summary>
    public const int LikedRating = 6;

    // The ranking moves with the decay even without events: recomputed at least once a minute.
    private static readonly TimeSpan RankingLifetime = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RankingRefreshInterval = TimeSpan.FromSeconds(1);

    private readonly FeatureTable _features = new();
    private readonly ConcurrentDictionary<long, Neighbor[]> _neighbors = new();
    private readonly Lock _rankingSync = new();
    private (long Version, long Deletions, long ComputedAt, (long GameId, double Popularity)[] Ranking)? _ranking;

    /// <summary>Identifies this load of the model in cache keys, so nothing cached from an earlier load (before a rebuild or restart) is served.</summary>
    public Guid Generation { get; } = Guid.NewGuid();

    public Dictionary<long, GameNode> Games { get; } = [];

    public Dictionary<Guid, PlayerNode> Players { get; } = [];

    /// <summary>Activity counts (ratings, library additions, plays) per hour since the epoch, per game.</summary>
    public Dictionary<long, Dictionary<long, int>> HourlyActivity { get; } = [];

    /// <summary>Bumped on every change to games or interactions.</summary>
    public long Version { get; private set; }

    /// <summary>Bumped when a game or a player is deleted: every cached pick list is then stale, since any may name or rest on them.</summary>
    public long Deletions { get; private set; }

    public static long HourOf(DateTimeOffset instant) => (long)Math.Floor(instant.ToUnixTimeMilliseconds() / 3_600_000d);

    public GameNode? CatalogGame(long gameId) => Games.TryGetValue(gameId, out GameNode? game) && game.InCatalog ? game : null;

    // ---- changes (under the write lock) ----

    public void UpsertGame(GameRow row)
    {
        GameNode game = Game(row.GameId);
        if (game.InCatalog)
        {
            Unindex(game);
        }

        game.InCatalog = true;
        game.Title = row.Title;
        game.Features = GameFeatures.From(row.GenreIds, row.PlatformIds, row.DeveloperIds, row.PublisherIds, row.ReleaseYear);
        Index(game);
        RefreshNeighborsAfterChange(game);
        Version++;
    }

    public void RemoveGame(long gameId)
    {
        if (!Games.TryGetValue(gameId, out GameNode? game))
        {
            return;
        }

        if (game.InCatalog)
        {
            Unindex(game);
        }

        foreach (Guid userId in game.Ratings.Keys.Concat(game.Owners.Keys).Concat(game.Plays.Keys).Distinct().ToList())
        {
            if (Players.TryGetValue(userId, out PlayerNode? player))
            {
                player.Ratings.Remove(gameId);
                player.Library.Remove(gameId);
                player.PlayCounts.Remove(gameId);
                player.Liked.Remove(gameId);
                player.Version++;
            }
        }

        foreach ((int _, DateTimeOffset at) in game.Ratings.Values)
        {
            CountActivity(gameId, at, -1);
        }

        foreach (DateTimeOffset at in game.Owners.Values.Concat(game.Plays.Values.SelectMany(plays => plays)))
        {
            CountActivity(gameId, at, -1);
        }

        Games.Remove(gameId);
        Deletions++;
        _neighbors.TryRemove(gameId, out _);
        foreach ((long owner, Neighbor[] neighbors) in _neighbors)
        {
            int index = Array.FindIndex(neighbors, n => n.GameId == gameId);
            if (index >= 0)
            {
                // A full list may have left out a candidate that now belongs in it: recompute on demand.
                if (neighbors.Length >= NeighborCount)
                {
                    _neighbors.TryRemove(owner, out _);
                }
                else
                {
                    _neighbors[owner] = [.. neighbors.Where(n => n.GameId != gameId)];
                }
            }
        }

        Version++;
    }

    public void UpsertPlayer(Guid userId, string region)
    {
        PlayerNode player = Player(userId);
        player.Region = region;
        player.Version++;
    }

    public void RemovePlayer(Guid userId)
    {
        if (!Players.Remove(userId, out PlayerNode? player))
        {
            return;
        }

        Deletions++;
        foreach (long gameId in player.Ratings.Keys.Concat(player.Library.Keys).Concat(player.PlayCounts.Keys).Distinct())
        {
            if (!Games.TryGetValue(gameId, out GameNode? game))
            {
                continue;
            }

            if (game.Ratings.Remove(userId, out (int Rating, DateTimeOffset At) rating))
            {
                game.RatingsSum -= rating.Rating;
                game.RatingMass -= Popularity.EpochWeight(rating.At);
                CountActivity(gameId, rating.At, -1);
            }

            if (game.Owners.Remove(userId, out DateTimeOffset addedAt))
            {
                game.LibraryMass -= Popularity.EpochWeight(addedAt);
                CountActivity(gameId, addedAt, -1);
            }

            if (game.Plays.Remove(userId, out List<DateTimeOffset>? plays))
            {
                foreach (DateTimeOffset at in plays)
                {
                    game.PlayMass -= Popularity.EpochWeight(at);
                    CountActivity(gameId, at, -1);
                }
            }

            game.Fans.Remove(userId);
            Version++;
        }
    }

    public void SetRating(Guid userId, long gameId, int rating, DateTimeOffset at)
    {
        GameNode game = Game(gameId);
        PlayerNode player = Player(userId);
        if (game.Ratings.TryGetValue(userId, out (int Rating, DateTimeOffset At) previous))
        {
            game.RatingsSum -= previous.Rating;
            game.RatingMass -= Popularity.EpochWeight(previous.At);
            CountActivity(gameId, previous.At, -1);
        }

        game.Ratings[userId] = (rating, at);
        game.RatingsSum += rating;
        game.RatingMass += Popularity.EpochWeight(at);
        CountActivity(gameId, at, +1);
        player.Ratings[gameId] = rating;
        RefreshLiked(player, game);
    }

    public void SetLibrary(Guid userId, long gameId, string? status, DateTimeOffset at)
    {
        GameNode game = Game(gameId);
        PlayerNode player = Player(userId);
        if (status is null)
        {
            if (game.Owners.Remove(userId, out DateTimeOffset addedAt))
            {
                game.LibraryMass -= Popularity.EpochWeight(addedAt);
                CountActivity(gameId, addedAt, -1);
            }

            player.Library.Remove(gameId);
        }
        else
        {
            if (game.Owners.TryAdd(userId, at))
            {
                game.LibraryMass += Popularity.EpochWeight(at);
                CountActivity(gameId, at, +1);
            }

            player.Library[gameId] = status;
        }

        RefreshLiked(player, game);
    }

    public void AddPlay(Guid userId, long gameId, DateTimeOffset playedAt)
    {
        GameNode game = Game(gameId);
        PlayerNode player = Player(userId);
        if (!game.Plays.TryGetValue(userId, out List<DateTimeOffset>? plays))
        {
            game.Plays[userId] = plays = [];
        }

        plays.Add(playedAt);
        game.PlayMass += Popularity.EpochWeight(playedAt);
        player.PlayCounts[gameId] = player.PlayCounts.GetValueOrDefault(gameId) + 1;
        CountActivity(gameId, playedAt, +1);
        RefreshLiked(player, game);
    }

    // ---- reads (under the read lock) ----

    /// <summary>The game's content neighbors, best first: computed on first use, then maintained as games change.</summary>
    public Neighbor[] NeighborsOf(GameNode game) => _neighbors.GetOrAdd(game.Id, _ => ComputeNeighbors(game));

    /// <summary>The game's popularity and its score-activity term at <paramref name="now"/>: O(1) from the maintained decayed sums.</summary>
    public static (double Popularity, double PlaysActivity) PopularityOf(GameNode game, DateTimeOffset now)
    {
        PopularitySignals signals = SignalsOf(game, now);
        return (Popularity.Compute(signals), Popularity.PlaysActivity(signals.DecayedPlays));
    }

    public static PopularitySignals SignalsOf(GameNode game, DateTimeOffset now)
    {
        double factor = Popularity.DecayFactor(now);

        // A sum brought to zero by removals keeps a rounding residue; no events means exactly nothing.
        return new(
            game.Ratings.Count,
            game.RatingsSum,
            game.Ratings.Count == 0 ? 0 : Math.Max(0, game.RatingMass * factor),
            game.Owners.Count == 0 ? 0 : Math.Max(0, game.LibraryMass * factor),
            game.Plays.Count == 0 ? 0 : Math.Max(0, game.PlayMass * factor));
    }

    /// <summary>
    /// Catalog games with any popularity, most popular first (ties by id). Recomputing it costs a pass over every game,
    /// so after ordinary changes it is refreshed at most once a second (and at least once a minute, for the decay);
    /// a deletion refreshes it at once, so it never names a deleted game.
    /// </summary>
    public (long GameId, double Popularity)[] PopularRanking(DateTimeOffset now)
    {
        lock (_rankingSync)
        {
            long tick = Environment.TickCount64;
            if (_ranking is { } cached
                && cached.Deletions == Deletions
                && (cached.Version == Version || tick - cached.ComputedAt < RankingRefreshInterval.TotalMilliseconds)
                && tick - cached.ComputedAt < RankingLifetime.TotalMilliseconds)
            {
                return cached.Ranking;
            }

            (long, double)[] ranking = [.. Games.Values
                .Where(game => game.InCatalog && game.HasInteractions)
                .Select(game => (game.Id, PopularityOf(game, now).Popularity))
                .Where(entry => entry.Popularity > 0)
                .OrderByDescending(entry => entry.Popularity)
                .ThenBy(entry => entry.Id)];
            _ranking = (Version, Deletions, tick, ranking);
            return ranking;
        }
    }

    // ---- internals ----

    private GameNode Game(long gameId)
    {
        if (!Games.TryGetValue(gameId, out GameNode? game))
        {
            Games[gameId] = game = new GameNode(gameId);
        }

        return game;
    }

    private PlayerNode Player(Guid userId)
    {
        if (!Players.TryGetValue(userId, out PlayerNode? player))
        {
            Players[userId] = player = new PlayerNode(userId);
        }

        return player;
    }

    private void RefreshLiked(PlayerNode player, GameNode game)
    {
        bool liked = player.Ratings.GetValueOrDefault(game.Id) >= LikedRating
            || player.Library.ContainsKey(game.Id)
            || player.PlayCounts.ContainsKey(game.Id);
        if (liked)
        {
            player.Liked.Add(game.Id);
            game.Fans.Add(player.Id);
        }
        else
        {
            player.Liked.Remove(game.Id);
            game.Fans.Remove(player.Id);
        }

        player.Version++;
        Version++;
    }

    private void CountActivity(long gameId, DateTimeOffset at, int delta)
    {
        long hour = HourOf(at);
        if (!HourlyActivity.TryGetValue(hour, out Dictionary<long, int>? games))
        {
            HourlyActivity[hour] = games = [];
        }

        int count = games.GetValueOrDefault(gameId) + delta;
        if (count > 0)
        {
            games[gameId] = count;
        }
        else
        {
            games.Remove(gameId);
            if (games.Count == 0)
            {
                HourlyActivity.Remove(hour);
            }
        }
    }

    private void Index(GameNode game) => _features.Add(game.Id, game.Features);

    private void Unindex(GameNode game) => _features.Remove(game.Id);

    /// <summary>
    /// Candidates share a genre or a company (see <see cref="FeatureTable.Neighbors"/>); a game sharing only platforms
    /// or the decade scores at most 0.3 and is not a content neighbor.
    /// </summary>
    private Neighbor[] ComputeNeighbors(GameNode game) => _features.Neighbors(game.Id, NeighborCount);

    /// <summary>Keeps the cached neighbor lists right after <paramref name="changed"/>'s features changed: pair by pair, not the whole matrix.</summary>
    private void RefreshNeighborsAfterChange(GameNode changed)
    {
        _neighbors.TryRemove(changed.Id, out _);
        foreach ((long ownerId, Neighbor[] neighbors) in _neighbors)
        {
            GameNode owner = Games[ownerId];
            bool full = neighbors.Length >= NeighborCount;
            int index = Array.FindIndex(neighbors, n => n.GameId == changed.Id);
            if (index >= 0 && full)
            {
                // Its score moved inside a full list: a candidate left out before may now rank above it.
                _neighbors.TryRemove(ownerId, out _);
                continue;
            }

            ContentMatch match = ContentSimilarity.Compare(owner.Features, changed.Features);
            bool candidate = match.Score > 0 && (match.SharedGenres > 0 || match.SharedCompanies > 0);
            if (index < 0 && (!candidate || (full && NeighborOrder.WorstFirst.Compare(new Neighbor(changed.Id, match), neighbors[^1]) <= 0)))
            {
                // Not in the list and not entering it: most lists, left untouched.
                continue;
            }

            List<Neighbor> updated = [.. neighbors.Where(n => n.GameId != changed.Id)];
            if (candidate)
            {
                Neighbor neighbor = new(changed.Id, match);
                int position = updated.FindIndex(n => NeighborOrder.WorstFirst.Compare(neighbor, n) > 0);
                updated.Insert(position < 0 ? updated.Count : position, neighbor);
                if (updated.Count > NeighborCount)
                {
                    updated.RemoveAt(updated.Count - 1);
                }
            }

            _neighbors[ownerId] = [.. updated];
        }
    }
}
