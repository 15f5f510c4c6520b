using GameLibrary.Scoreboard.Data;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// The boards read from the best-score table, in the same order as Redis: the fallback while Redis is down or missed
/// updates (slower, still right), and the source of season standings.
/// </summary>
/// <param name="contexts">Opens a short-lived context per read.</param>
public sealed class SqlBoards(IDbContextFactory<ScoreboardDbContext> contexts)
{
    /// <summary>Reads a page of a board.</summary>
    /// <param name="board">The board.</param>
    /// <param name="first">The page size.</param>
    /// <param name="after">The position after which the page starts.</param>
    /// <param name="minScore">Leaves out entries below this score.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<LeaderboardPage> ReadPageAsync(BoardId board, int first, BoardCursor? after, long? minScore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        IQueryable<BestScore> rows = Rows(db, board);
        long total = await rows.LongCountAsync(cancellationToken).ConfigureAwait(false);
        IQueryable<BestScore> page = rows;
        if (minScore is { } min)
        {
            page = page.Where(row => row.Value >= min);
        }

        if (after is not null)
        {
            // Guids cannot be compared in LINQ to SQL: take the (rare) rows tied to the microsecond and drop those
            // ranked at or before the cursor in memory.
            page = page.Where(row => row.Value < after.Score || (row.Value == after.Score && row.AchievedAtMicros >= after.AchievedAtMicros));
        }

        List<BestScore> found = await Ordered(page).Take(first + 1 + (after is null ? 0 : 64)).AsNoTracking()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<BestScore> kept = [.. found.Where(row => after is null || after.Precedes(ToEntry(0, row))).Take(first + 1)];
        long firstRank = 1;
        if (kept.Count > 0 && after is not null)
        {
            firstRank = await RankOfAsync(rows, kept[0], cancellationToken).ConfigureAwait(false);
        }

        List<BoardEntry> entries = [.. kept.Take(first).Select((row, index) => ToEntry(firstRank + index, row))];
        return new LeaderboardPage(board, total, entries, kept.Count > first, after is not null);
    }

    /// <summary>A player's standing, or <see langword="null"/> when they are not on the board.</summary>
    /// <param name="board">The board.</param>
    /// <param name="userId">The player.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<PlayerRank?> RankAsync(BoardId board, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        IQueryable<BestScore> rows = Rows(db, board);
        BestScore? own = await rows.AsNoTracking().FirstOrDefaultAsync(row => row.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (own is null)
        {
            return null;
        }

        long rank = await RankOfAsync(rows, own, cancellationToken).ConfigureAwait(false);
        return new PlayerRank(rank, own.Value, await rows.LongCountAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The entries of some players on a board, ranked among themselves.</summary>
    /// <param name="board">The board.</param>
    /// <param name="userIds">The players.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<BoardEntry>> ReadPlayersAsync(BoardId board, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        List<BestScore> rows = await Rows(db, board).Where(row => userIds.Contains(row.UserId)).AsNoTracking()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        rows.Sort((a, b) => BoardOrder.Compare(a.Value, a.AchievedAtMicros, a.UserId, b.Value, b.AchievedAtMicros, b.UserId));
        return [.. rows.Select((row, index) => ToEntry(index + 1, row))];
    }

    /// <summary>The rows of a board (a regional board joins the players' current regions).</summary>
    /// <param name="db">The context.</param>
    /// <param name="board">The board.</param>
    public static IQueryable<BestScore> Rows(ScoreboardDbContext db, BoardId board)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(board);
        IQueryable<BestScore> rows = db.BestScores.Where(row => row.GameId == board.GameId && row.Period == board.Period.Key);
        if (board.Region is { } region)
        {
            rows = rows.Where(row => db.PlayerRegions.Any(player => player.UserId == row.UserId && player.Region == region));
        }

        return rows;
    }

    private static IOrderedQueryable<BestScore> Ordered(IQueryable<BestScore> rows) =>
        rows.OrderByDescending(row => row.Value).ThenBy(row => row.AchievedAtMicros).ThenByDescending(row => row.UserId);

    private static async Task<long> RankOfAsync(IQueryable<BestScore> rows, BestScore row, CancellationToken cancellationToken)
    {
        long better = await rows.LongCountAsync(
            other => other.Value > row.Value || (other.Value == row.Value && other.AchievedAtMicros < row.AchievedAtMicros),
            cancellationToken).ConfigureAwait(false);
        List<Guid> tied = await rows.Where(other => other.Value == row.Value && other.AchievedAtMicros == row.AchievedAtMicros)
            .Select(other => other.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return better + tied.Count(user => BoardOrder.Compare(row.Value, row.AchievedAtMicros, user, row.Value, row.AchievedAtMicros, row.UserId) < 0) + 1;
    }

    private static BoardEntry ToEntry(long rank, BestScore row) => new(rank, row.UserId, row.Value, row.AchievedAtMicros);
}
