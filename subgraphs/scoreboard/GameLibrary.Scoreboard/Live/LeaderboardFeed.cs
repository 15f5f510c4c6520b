using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Players;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.Live;

/// <summary>
/// Live top-N views of boards: a subscriber gets the current top N at once, then a new top N whenever it changes.
/// Subscribers of one (game, window, region, N) share a watch that re-reads the board at most once per
/// <see cref="ScoreboardOptions.LiveUpdateInterval"/> however many scores arrive (coalescing).
/// </summary>
/// <param name="bus">Announces changed boards from every instance.</param>
/// <param name="leaderboards">Reads the boards.</param>
/// <param name="timeProvider">The clock choosing the current period.</param>
/// <param name="options">The scoreboard options.</param>
/// <param name="logger">Reports failed refreshes.</param>
public sealed partial class LeaderboardFeed(
    LiveBus bus, Leaderboards leaderboards, TimeProvider timeProvider, IOptions<ScoreboardOptions> options, ILogger<LeaderboardFeed> logger)
{
    private readonly LiveBus _bus = bus;
    private readonly Leaderboards _leaderboards = leaderboards;
    private readonly TimeProvider _timeProvider = timeProvider;
    private readonly ScoreboardOptions _options = options.Value;

    private readonly Dictionary<WatchKey, BoardWatch> _watches = [];
    private readonly Lock _lock = new();

    /// <summary>The live view of a board's top <paramref name="top"/>.</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="window">The window (its current period at each update).</param>
    /// <param name="region">The region; <see langword="null"/> for the global board.</param>
    /// <param name="top">How many entries.</param>
    public IObservable<LeaderboardPage> Watch(long gameId, LeaderboardWindow window, Region? region, int top) =>
        new Source(this, new WatchKey(gameId, window, region, top));

    private BoardWatch Join(WatchKey key, IObserver<LeaderboardPage> observer)
    {
        lock (_lock)
        {
            if (!_watches.TryGetValue(key, out BoardWatch? watch))
            {
                watch = new BoardWatch(this, key);
                _watches[key] = watch;
            }

            watch.Add(observer);
            return watch;
        }
    }

    private void Leave(BoardWatch watch, IObserver<LeaderboardPage> observer)
    {
        lock (_lock)
        {
            if (watch.Remove(observer) == 0)
            {
                _watches.Remove(watch.Key);
                watch.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live leaderboard could not be refreshed")]
    private partial void LogRefreshFailed(Exception exception);

    private sealed record WatchKey(long GameId, LeaderboardWindow Window, Region? Region, int Top);

    private sealed class Source(LeaderboardFeed feed, WatchKey key) : IObservable<LeaderboardPage>
    {
        public IDisposable Subscribe(IObserver<LeaderboardPage> observer)
        {
            BoardWatch watch = feed.Join(key, observer);
            _ = watch.SendCurrentAsync(observer);
            return new Leaving(() => feed.Leave(watch, observer));
        }
    }

    private sealed class Leaving(Action leave) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                leave();
            }
        }
    }

    /// <summary>One board view and its subscribers; refreshes run one at a time.</summary>
    private sealed class BoardWatch : IDisposable
    {
        private readonly LeaderboardFeed _feed;
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly Lock _lock = new();
        private readonly CancellationTokenSource _stopping = new();
        private readonly Task<IDisposable> _subscription;
        private List<IObserver<LeaderboardPage>> _observers = [];
        private IReadOnlyList<BoardEntry>? _last;
        private int _pending;
        private long _lastRefresh;

        public BoardWatch(LeaderboardFeed feed, WatchKey key)
        {
            _feed = feed;
            Key = key;
            _subscription = feed._bus.OnBoardChangedAsync(OnChanged);
        }

        public WatchKey Key { get; }

        public void Add(IObserver<LeaderboardPage> observer)
        {
            lock (_lock)
            {
                _observers = [.. _observers, observer];
            }
        }

        public int Remove(IObserver<LeaderboardPage> observer)
        {
            lock (_lock)
            {
                _observers = [.. _observers.Where(existing => existing != observer)];
                return _observers.Count;
            }
        }

        public async Task SendCurrentAsync(IObserver<LeaderboardPage> observer)
        {
            await _subscription.ConfigureAwait(false);
            await _gate.WaitAsync(_stopping.Token).ConfigureAwait(false);
            try
            {
                LeaderboardPage page = await ReadAsync().ConfigureAwait(false);
                _last ??= page.Entries;
                observer.OnNext(page);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _feed.LogRefreshFailed(exception);
                observer.OnError(exception);
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Dispose()
        {
            _stopping.Cancel();
            _subscription.ContinueWith(task => task.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        private void OnChanged(long gameId, Region? region)
        {
            if (gameId != Key.GameId || (Key.Region is { } watched && watched != region) || Interlocked.Exchange(ref _pending, 1) == 1)
            {
                return;
            }

            _ = RefreshAsync();
        }

        private async Task RefreshAsync()
        {
            try
            {
                TimeSpan interval = _feed._options.LiveUpdateInterval;
                TimeSpan since = TimeSpan.FromTicks(Environment.TickCount64 * TimeSpan.TicksPerMillisecond - Interlocked.Read(ref _lastRefresh));
                if (since < interval)
                {
                    await Task.Delay(interval - since, _stopping.Token).ConfigureAwait(false);
                }

                await _gate.WaitAsync(_stopping.Token).ConfigureAwait(false);
                try
                {
                    // Changes arriving from here on schedule another refresh.
                    Volatile.Write(ref _pending, 0);
                    Interlocked.Exchange(ref _lastRefresh, Environment.TickCount64 * TimeSpan.TicksPerMillisecond);
                    LeaderboardPage page = await ReadAsync().ConfigureAwait(false);
                    if (_last is not null && _last.SequenceEqual(page.Entries))
                    {
                        return;
                    }

                    _last = page.Entries;
                    List<IObserver<LeaderboardPage>> observers;
                    lock (_lock)
                    {
                        observers = _observers;
                    }

                    foreach (IObserver<LeaderboardPage> observer in observers)
                    {
                        observer.OnNext(page);
                    }
                }
                finally
                {
                    _gate.Release();
                }
            }
            catch (OperationCanceledException)
            {
                // The last subscriber left.
            }
            catch (Exception exception)
            {
                Volatile.Write(ref _pending, 0);
                _feed.LogRefreshFailed(exception);
            }
        }

        private Task<LeaderboardPage> ReadAsync()
        {
            BoardId board = new(Key.GameId, BoardPeriod.Of(Key.Window, _feed._timeProvider.GetUtcNow()), Key.Region);
            return _feed._leaderboards.ReadPageAsync(board, Key.Top, null, null, _stopping.Token);
        }
    }
}
