using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Players;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using StackExchange.Redis;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// Rebuilds every live Redis board from the best-score table, in place: reads go to SQL while it runs
/// (<see cref="BoardState.Rebuilding"/>), each board is deleted and refilled in batches by the same better-entry-wins
/// script live submissions use (so a submission racing the rebuild keeps its entry), keys of boards SQL no longer has
/// are deleted, and rows that changed while the rebuild ran are applied again. No RENAME: Garnet stalls on renaming
/// object keys under load.
/// </summary>
/// <param name="contexts">Opens the reading context.</param>
/// <param name="redis">The application's connection.</param>
/// <param name="keys">The key names.</param>
/// <param name="redisBoards">Re-applies rows that changed during the rebuild.</param>
/// <param name="state">Cleared when the rebuild starts.</param>
/// <param name="timeProvider">The clock (expired periods are skipped).</param>
/// <param name="options">The scoreboard options.</param>
/// <param name="logger">Reports the rebuild.</param>
public sealed partial class BoardRebuilder(
    IDbContextFactory<ScoreboardDbContext> contexts,
    IConnectionMultiplexer redis,
    BoardKeys keys,
    RedisBoards redisBoards,
    BoardState state,
    TimeProvider timeProvider,
    IOptions<ScoreboardOptions> options,
    ILogger<BoardRebuilder> logger)
{
    private const int BatchSize = 1_000;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Whether the Redis boards were ever built (or lost with Redis' data).</summary>
    public async Task<bool> IsBuiltAsync() => await redis.GetDatabase().KeyExistsAsync(keys.Built).ConfigureAwait(false);

    /// <summary>Rebuilds all boards; returns how many boards were written. One rebuild runs at a time.</summary>
    /// <param name="cancellationToken">Cancels the rebuild (the boards stay marked for repair).</param>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            state.RebuildStarted();
            try
            {
                return await RebuildCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                state.MarkNeedsRepair();
                throw;
            }
            finally
            {
                state.RebuildEnded();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> RebuildCoreAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        long startedMicros = Time.ToMicros(now) - 1_000_000;
        IDatabase database = redis.GetDatabase();
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        Dictionary<Guid, Region> regions = await db.PlayerRegions.ToDictionaryAsync(p => p.UserId, p => p.Region, cancellationToken).ConfigureAwait(false);

        var periods = await db.BestScores.Select(row => new { row.GameId, row.Period }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        HashSet<string> written = new(StringComparer.Ordinal);
        int boards = 0;
        foreach (var item in periods)
        {
            if (BoardPeriod.Parse(item.Period) is not { } period || Expired(new BoardId(item.GameId, period, null), now))
            {
                continue;
            }

            // One pass over the board's rows feeds the global board and, for windows, each regional board.
            Dictionary<string, Builder> builders = new(StringComparer.Ordinal);
            await foreach (var row in db.BestScores.Where(row => row.GameId == item.GameId && row.Period == item.Period)
                .Select(row => new { row.UserId, row.Value, row.AchievedAtMicros })
                .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await Add(null).AddAsync(row.UserId, row.Value, row.AchievedAtMicros).ConfigureAwait(false);
                if (period.Window is not null && regions.TryGetValue(row.UserId, out Region region))
                {
                    await Add(region).AddAsync(row.UserId, row.Value, row.AchievedAtMicros).ConfigureAwait(false);
                }
            }

            foreach (Builder builder in builders.Values)
            {
                await builder.FlushAsync().ConfigureAwait(false);
                written.Add(keys.Ranking(builder.Board).ToString());
                written.Add(keys.Members(builder.Board).ToString());
                boards++;
            }

            Builder Add(Region? region)
            {
                if (!builders.TryGetValue(region?.ToString() ?? "", out Builder? builder))
                {
                    BoardId board = new(item.GameId, period, region);
                    builder = new Builder(board, redisBoards, board.ExpiresAt(options.Value.MaxAge));
                    builders[region?.ToString() ?? ""] = builder;
                }

                return builder;
            }
        }

        await SweepAsync(database, written).ConfigureAwait(false);
        await CatchUpAsync(db, regions, startedMicros, now, cancellationToken).ConfigureAwait(false);
        await database.StringSetAsync(keys.Built, now.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
        LogRebuilt(boards);
        return boards;
    }

    private bool Expired(BoardId board, DateTimeOffset now) => board.ExpiresAt(options.Value.MaxAge) is { } expiry && expiry <= now;

    /// <summary>Deletes board keys no SQL row backs (erased players' last boards, deleted periods).</summary>
    private async Task SweepAsync(IDatabase database, HashSet<string> written)
    {
        foreach (IServer server in redis.GetServers().Where(server => server.IsConnected && !server.IsReplica))
        {
            await foreach (RedisKey key in server.KeysAsync(database.Database, keys.BoardPattern, pageSize: 1_000).ConfigureAwait(false))
            {
                string name = key.ToString();
                if (!written.Contains(name))
                {
                    await database.KeyDeleteAsync(key).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Applies rows that changed since the rebuild started: a submission racing a rename is not lost.</summary>
    private async Task CatchUpAsync(
        ScoreboardDbContext db, Dictionary<Guid, Region> regions, long sinceMicros, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = await db.BestScores.Where(row => row.UpdatedAtMicros >= sinceMicros)
            .Select(row => new { row.GameId, row.Period, row.UserId, row.Value, row.AchievedAtMicros })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in changed)
        {
            if (BoardPeriod.Parse(row.Period) is not { } period || Expired(new BoardId(row.GameId, period, null), now))
            {
                continue;
            }

            List<(BoardId, DateTimeOffset?)> boards = [(new BoardId(row.GameId, period, null), new BoardId(row.GameId, period, null).ExpiresAt(options.Value.MaxAge))];
            if (period.Window is not null && regions.TryGetValue(row.UserId, out Region region))
            {
                BoardId regional = new(row.GameId, period, region);
                boards.Add((regional, regional.ExpiresAt(options.Value.MaxAge)));
            }

            await redisBoards.ApplyAsync(boards, row.UserId, row.Value, row.AchievedAtMicros).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis boards rebuilt from SQL: {Boards} boards")]
    private partial void LogRebuilt(int boards);

    /// <summary>Deletes one board, then refills it in batches.</summary>
    private sealed class Builder(BoardId board, RedisBoards redisBoards, DateTimeOffset? expiresAt)
    {
        private readonly List<(Guid UserId, long Score, long AchievedAtMicros)> _batch = new(BatchSize);
        private bool _started;

        public BoardId Board => board;

        public async Task AddAsync(Guid userId, long score, long achievedAtMicros)
        {
            if (!_started)
            {
                _started = true;
                await redisBoards.DeleteAsync(board).ConfigureAwait(false);
            }

            _batch.Add((userId, score, achievedAtMicros));
            if (_batch.Count >= BatchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        public async Task FlushAsync()
        {
            if (_batch.Count > 0)
            {
                await redisBoards.ApplyManyAsync(board, expiresAt, _batch).ConfigureAwait(false);
                _batch.Clear();
            }
        }
    }
}
