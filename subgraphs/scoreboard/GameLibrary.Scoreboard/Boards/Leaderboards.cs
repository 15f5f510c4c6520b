using GameLibrary.Scoreboard.Players;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using StackExchange.Redis;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// Reads and updates the boards: Redis while it is connected and complete, the best-score table otherwise. An update
/// Redis misses marks the boards for repair, never fails the caller (SQL already holds the truth).
/// </summary>
/// <param name="redisBoards">The Redis boards.</param>
/// <param name="sqlBoards">The SQL fallback.</param>
/// <param name="state">Whether Redis owes a repair.</param>
/// <param name="options">The scoreboard options.</param>
/// <param name="logger">Reports Redis failures.</param>
public sealed partial class Leaderboards(
    RedisBoards redisBoards,
    SqlBoards sqlBoards,
    BoardState state,
    IOptions<ScoreboardOptions> options,
    ILogger<Leaderboards> logger)
{
    /// <summary>Whether reads are served by Redis right now.</summary>
    public bool ServesFromRedis => redisBoards.IsConnected && !state.NeedsRepair && !state.Rebuilding;

    /// <summary>The boards a score counts on: every window's period of its time, the competition's, globally and in the region.</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="playedAt">When it was played.</param>
    /// <param name="competitionId">Its competition.</param>
    /// <param name="region">The player's region.</param>
    public IReadOnlyList<(BoardId Board, DateTimeOffset? ExpiresAt)> BoardsOf(long gameId, DateTimeOffset playedAt, Guid? competitionId, Region? region)
    {
        List<BoardPeriod> periods = [.. BoardPeriod.AllOf(playedAt)];
        if (competitionId is { } competition)
        {
            periods.Add(BoardPeriod.Competition(competition));
        }

        return [.. periods.SelectMany(period => region is null || period.Window is null
                ? new[] { new BoardId(gameId, period, null) }
                : [new BoardId(gameId, period, null), new BoardId(gameId, period, region)])
            .Select(board => (board, board.ExpiresAt(options.Value.MaxAge)))];
    }

    /// <summary>
    /// Puts a committed score on the Redis boards (all-time global first). Returns the player's all-time rank on the game
    /// when Redis took it and serves the boards; <see langword="null"/> otherwise — read it with <see cref="RankAsync"/>
    /// then (a failed update leaves a repair owed).
    /// </summary>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="score">The points.</param>
    /// <param name="playedAt">When it was played.</param>
    /// <param name="competitionId">Its competition.</param>
    /// <param name="region">The player's region.</param>
    public async Task<long?> ApplyAsync(Guid userId, long gameId, long score, DateTimeOffset playedAt, Guid? competitionId, Region? region)
    {
        if (!redisBoards.IsConnected)
        {
            state.MarkNeedsRepair();
            return null;
        }

        try
        {
            long rank = await redisBoards.ApplyAsync(BoardsOf(gameId, playedAt, competitionId, region), userId, score, Time.ToMicros(playedAt)).ConfigureAwait(false);

            // While a repair is owed or runs, the Redis board may lack players: the rank comes from SQL then.
            return rank > 0 && ServesFromRedis ? rank : null;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Failed(exception);
            return null;
        }
    }

    /// <summary>Puts a player's best on one board (region moves); a failure marks a repair.</summary>
    /// <param name="board">The board.</param>
    /// <param name="userId">The player.</param>
    /// <param name="score">The points.</param>
    /// <param name="achievedAtMicros">When they were played.</param>
    public async Task ApplyRawAsync(BoardId board, Guid userId, long score, long achievedAtMicros)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (!redisBoards.IsConnected)
        {
            state.MarkNeedsRepair();
            return;
        }

        try
        {
            await redisBoards.ApplyAsync([(board, board.ExpiresAt(options.Value.MaxAge))], userId, score, achievedAtMicros).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Failed(exception);
        }
    }

    /// <summary>Takes a player off boards (erasure, region moves); a failure marks a repair.</summary>
    /// <param name="boards">The boards.</param>
    /// <param name="userId">The player.</param>
    public async Task RemoveAsync(IReadOnlyList<BoardId> boards, Guid userId)
    {
        if (!redisBoards.IsConnected)
        {
            state.MarkNeedsRepair();
            return;
        }

        try
        {
            await redisBoards.RemoveAsync(boards, userId).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            Failed(exception);
        }
    }

    /// <summary>Reads a page of a board.</summary>
    /// <param name="board">The board.</param>
    /// <param name="first">The page size.</param>
    /// <param name="after">Where the page starts.</param>
    /// <param name="minScore">The lowest score shown.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<LeaderboardPage> ReadPageAsync(BoardId board, int first, BoardCursor? after, long? minScore, CancellationToken cancellationToken)
    {
        if (ServesFromRedis)
        {
            try
            {
                return await redisBoards.ReadPageAsync(board, first, after, minScore).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                Failed(exception);
            }
        }

        return await sqlBoards.ReadPageAsync(board, first, after, minScore, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A player's standing, or <see langword="null"/> when they are not on the board.</summary>
    /// <param name="board">The board.</param>
    /// <param name="userId">The player.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<PlayerRank?> RankAsync(BoardId board, Guid userId, CancellationToken cancellationToken)
    {
        if (ServesFromRedis)
        {
            try
            {
                return await redisBoards.RankAsync(board, userId).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                Failed(exception);
            }
        }

        return await sqlBoards.RankAsync(board, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Some players' entries on a board, ranked among themselves.</summary>
    /// <param name="board">The board.</param>
    /// <param name="userIds">The players.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<BoardEntry>> ReadPlayersAsync(BoardId board, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (ServesFromRedis)
        {
            try
            {
                return await redisBoards.ReadPlayersAsync(board, userIds).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                Failed(exception);
            }
        }

        return await sqlBoards.ReadPlayersAsync(board, userIds, cancellationToken).ConfigureAwait(false);
    }

    private void Failed(Exception exception)
    {
        state.MarkNeedsRepair();
        LogRedisFailed(exception);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis boards unavailable; serving from SQL until they are repaired")]
    private partial void LogRedisFailed(Exception exception);
}
