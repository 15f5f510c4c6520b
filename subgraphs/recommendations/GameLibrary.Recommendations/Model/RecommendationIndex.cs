using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.ReadModel;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Recommendations.Model;

/// <summary>
/// The serving model: an in-memory projection of the SQL read model, loaded on first use and kept in step by the event
/// handlers, which change SQL and then this index inside <see cref="BeginChangeAsync"/>. Reads take a read lock and
/// never touch SQL, which is what keeps them in single-digit milliseconds.
/// </summary>
/// <remarks>
/// One change at a time: the three consumers and the first load share a gate, so a load never sees a committed change
/// that is then applied a second time, and a rebuild can clear SQL and memory without a handler in between.
/// </remarks>
/// <param name="contexts">Opens the read model to load it.</param>
/// <param name="time">The clock popularity is measured with.</param>
public sealed class RecommendationIndex(IDbContextFactory<RecommendationsDbContext> contexts, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private RecommendationState? _state;

    /// <summary>Loads the model from SQL unless it is loaded.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _state) is not null)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await LoadUnderGateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Waits for exclusive use of the read model (loading it first); dispose the result after the SQL change is
    /// committed and applied here with <see cref="Apply"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels waiting.</param>
    public async Task<IDisposable> BeginChangeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await LoadUnderGateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _gate.Release();
            throw;
        }

        return new Release(_gate);
    }

    /// <summary>
    /// Precomputes the content neighbours of every catalog game, the most popular first, one game per read lock (so
    /// changes and requests interleave), pausing briefly every 100 games to leave the processor to requests.
    /// </summary>
    /// <param name="cancellationToken">Stops the warm-up.</param>
    /// <returns>How many games were warmed.</returns>
    public async Task<int> WarmUpAsync(CancellationToken cancellationToken)
    {
        long[] order = await ReadAsync(
            state =>
            {
                long[] popular = [.. state.PopularRanking(time.GetUtcNow()).Select(entry => entry.GameId)];
                HashSet<long> first = [.. popular];
                return popular.Concat(state.Games.Values.Where(g => g.InCatalog && !first.Contains(g.Id)).Select(g => g.Id).Order()).ToArray();
            },
            cancellationToken).ConfigureAwait(false);
        return await WarmUpAsync(order, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Precomputes the content neighbours of the given games, in order, pausing briefly every 100 games.</summary>
    /// <param name="gameIds">The games.</param>
    /// <param name="cancellationToken">Stops the warm-up.</param>
    /// <returns>How many games were warmed.</returns>
    public async Task<int> WarmUpAsync(IReadOnlyList<long> gameIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gameIds);
        for (int i = 0; i < gameIds.Count; i++)
        {
            long gameId = gameIds[i];
            await ReadAsync(state => state.CatalogGame(gameId) is { } game ? state.NeighborsOf(game).Length : 0, cancellationToken).ConfigureAwait(false);
            if (i % 100 == 99)
            {
                await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            }
        }

        return gameIds.Count;
    }

    /// <summary>Forgets the model; the next use reloads it from SQL. Call inside <see cref="BeginChangeAsync"/>.</summary>
    public void Unload() => Volatile.Write(ref _state, null);

    /// <inheritdoc />
    public void Dispose()
    {
        _gate.Dispose();
        _lock.Dispose();
    }

    /// <summary>Applies a change under the write lock; call inside <see cref="BeginChangeAsync"/>, after committing it to SQL.</summary>
    internal void Apply(Action<RecommendationState> change)
    {
        RecommendationState state = _state ?? throw new InvalidOperationException("Apply changes inside BeginChangeAsync.");
        _lock.EnterWriteLock();
        try
        {
            change(state);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Reads the model under the read lock, loading it first if needed.</summary>
    internal async Task<T> ReadAsync<T>(Func<RecommendationState, T> read, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        RecommendationState state = Volatile.Read(ref _state) ?? await ReloadedAsync(cancellationToken).ConfigureAwait(false);
        _lock.EnterReadLock();
        try
        {
            return read(state);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private async Task<RecommendationState> ReloadedAsync(CancellationToken cancellationToken)
    {
        // Unloaded by a rebuild between the check and the read: load again.
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        return Volatile.Read(ref _state) ?? throw new InvalidOperationException("The recommendation model could not be loaded.");
    }

    private async Task LoadUnderGateAsync(CancellationToken cancellationToken)
    {
        if (_state is not null)
        {
            return;
        }

        RecommendationState state = new();
        RecommendationsDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Ordered, so the model (and its tie-breaks) is the same whatever order the rows were written in.
            foreach (GameRow game in await db.Games.AsNoTracking().OrderBy(g => g.GameId).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                state.UpsertGame(game);
            }

            foreach (PlayerRow player in await db.Players.AsNoTracking().OrderBy(p => p.UserId).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                state.UpsertPlayer(player.UserId, player.Region);
            }

            foreach (RatingRow rating in await db.Ratings.AsNoTracking().OrderBy(r => r.UserId).ThenBy(r => r.GameId).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                state.SetRating(rating.UserId, rating.GameId, rating.Rating, rating.RatedAt);
            }

            foreach (LibraryRow entry in await db.Library.AsNoTracking().OrderBy(e => e.UserId).ThenBy(e => e.GameId).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                state.SetLibrary(entry.UserId, entry.GameId, entry.Status, entry.AddedAt);
            }

            foreach (PlayRow play in await db.Plays.AsNoTracking().OrderBy(p => p.ScoreId).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                state.AddPlay(play.UserId, play.GameId, play.PlayedAt);
            }
        }

        Volatile.Write(ref _state, state);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
