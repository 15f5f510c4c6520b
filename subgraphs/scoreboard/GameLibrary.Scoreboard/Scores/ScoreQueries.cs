using GameLibrary.Scoreboard.Audit;
using GameLibrary.Scoreboard.Data;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Scoreboard.Scores;

/// <summary>The admins' lists: flagged scores and the audit log.</summary>
/// <param name="contexts">Opens a short-lived context per read.</param>
public sealed class ScoreQueries(IDbContextFactory<ScoreboardDbContext> contexts)
{
    /// <summary>Flagged scores, oldest first.</summary>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<ScorePage<Score>> FlaggedAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        List<Score> rows = await db.Scores.AsNoTracking().Where(s => s.Status == ScoreStatus.Flagged)
            .OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).Skip(offset).Take(limit + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ScorePage<Score>([.. rows.Take(limit)], offset, rows.Count > limit);
    }

    /// <summary>A score by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Score?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Scores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The audit log, newest first, optionally of one player and game.</summary>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<ScorePage<AuditRecord>> AuditAsync(Guid? userId, long? gameId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        IQueryable<AuditRecord> query = db.AuditRecords.AsNoTracking();
        if (userId is { } user)
        {
            query = query.Where(a => a.UserId == user);
        }

        if (gameId is { } game)
        {
            query = query.Where(a => a.GameId == game);
        }

        List<AuditRecord> rows = await query.OrderByDescending(a => a.Id).Skip(offset).Take(limit + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ScorePage<AuditRecord>([.. rows.Take(limit)], offset, rows.Count > limit);
    }
}
