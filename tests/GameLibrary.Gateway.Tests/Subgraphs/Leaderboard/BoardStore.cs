namespace GameLibrary.Gateway.Tests.Subgraphs.Leaderboard;

/// <summary>A player on a board.</summary>
public sealed record Player(string Id, string DisplayName);

/// <summary>A player's place on a board.</summary>
public sealed record BoardEntry(int Rank, int Score, Player User);

/// <summary>The top of a board and how many players it holds.</summary>
public sealed record Board(string GameId, string Window, string? Region, int TotalPlayers, IReadOnlyList<BoardEntry> Entries);

/// <summary>
/// The leaderboard test subgraph's boards: best score per player and game, in memory. Every change sends the new
/// top N to the game's subscribers; a subscriber gets the current board at once, as the scoreboard subgraph does.
/// </summary>
public sealed class BoardStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<string, int>> _scores = [];
    private readonly List<Watcher> _watchers = [];

    public BoardStore()
    {
        // Game 1 has twelve players, so the top 10 is full and two wait below it.
        string[] names = ["Ada", "Brook", "Cyd", "Dara", "Eli", "Fen", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lior"];
        for (int i = 0; i < names.Length; i++)
        {
            Scores("1")[names[i]] = 1200 - (i * 100);
        }
    }

    /// <summary>How many subscriptions the subgraph serves right now.</summary>
    public int Subscribers
    {
        get
        {
            lock (_lock)
            {
                return _watchers.Count;
            }
        }
    }

    public Board Top(string gameId, string window, string? region, int count)
    {
        lock (_lock)
        {
            return Snapshot(gameId, window, region, count);
        }
    }

    /// <summary>Keeps the player's best score and tells the game's subscribers; answers the player's rank.</summary>
    public int Submit(string gameId, string player, int score)
    {
        lock (_lock)
        {
            Dictionary<string, int> scores = Scores(gameId);
            scores[player] = Math.Max(score, scores.GetValueOrDefault(player, int.MinValue));
            foreach (Watcher watcher in _watchers.Where(w => w.GameId == gameId))
            {
                watcher.Observer.OnNext(Snapshot(gameId, watcher.Window, watcher.Region, watcher.Top));
            }

            return Ranked(gameId).FindIndex(entry => entry.Key == player) + 1;
        }
    }

    public IObservable<object?> Watch(string gameId, string window, string? region, int top) => new Source(this, new Watcher(gameId, window, region, top, null!));

    private Dictionary<string, int> Scores(string gameId)
    {
        if (!_scores.TryGetValue(gameId, out Dictionary<string, int>? scores))
        {
            _scores[gameId] = scores = [];
        }

        return scores;
    }

    private List<KeyValuePair<string, int>> Ranked(string gameId) =>
        [.. Scores(gameId).OrderByDescending(entry => entry.Value).ThenBy(entry => entry.Key, StringComparer.Ordinal)];

    private Board Snapshot(string gameId, string window, string? region, int count)
    {
        List<KeyValuePair<string, int>> ranked = Ranked(gameId);
        return new Board(
            gameId,
            window,
            region,
            ranked.Count,
            [.. ranked.Take(count).Select((entry, i) => new BoardEntry(i + 1, entry.Value, new Player(entry.Key.ToLowerInvariant(), entry.Key)))]);
    }

    private sealed record Watcher(string GameId, string Window, string? Region, int Top, IObserver<object?> Observer);

    private sealed class Source(BoardStore store, Watcher template) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            Watcher watcher = template with { Observer = observer };
            lock (store._lock)
            {
                store._watchers.Add(watcher);
                observer.OnNext(store.Snapshot(watcher.GameId, watcher.Window, watcher.Region, watcher.Top));
            }

            return new Subscription(store, watcher);
        }
    }

    private sealed class Subscription(BoardStore store, Watcher watcher) : IDisposable
    {
        public void Dispose()
        {
            lock (store._lock)
            {
                store._watchers.Remove(watcher);
            }
        }
    }
}
