using GameLibrary.Users.Data;
using GameLibrary.Users.Paging;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Library;

/// <summary>
/// Reads libraries and ratings, each call on its own short-lived context: GraphQL resolves fields and data loader
/// batches concurrently, and one EF Core context allows one operation at a time.
/// </summary>
/// <param name="contexts">Creates the contexts.</param>
public sealed class LibraryQueries(IDbContextFactory<UsersDbContext> contexts)
{
    /// <summary>A page of a library, most recently changed first.</summary>
    /// <param name="userId">The library's owner.</param>
    /// <param name="status">Only entries with this status, when given.</param>
    /// <param name="offset">How many entries to skip.</param>
    /// <param name="limit">How many entries to return at most.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The page.</returns>
    public async Task<Page<LibraryEntry>> GetLibraryAsync(
        Guid userId, LibraryStatus? status, int offset, int limit, CancellationToken cancellationToken)
    {
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        IQueryable<LibraryEntry> entries = db.LibraryEntries.AsNoTracking().Where(e => e.UserId == userId);
        if (status is { } wanted)
        {
            entries = entries.Where(e => e.Status == wanted);
        }

        return await entries.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.GameId)
            .ToPageAsync(offset, limit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The library entries of the given (user, game) pairs that exist.</summary>
    /// <param name="keys">The pairs.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The found entries.</returns>
    public async Task<IReadOnlyList<LibraryEntry>> GetEntriesAsync(
        IReadOnlyList<(Guid UserId, long GameId)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Guid[] userIds = [.. keys.Select(k => k.UserId).Distinct()];
        long[] gameIds = [.. keys.Select(k => k.GameId).Distinct()];
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        // Users × games can over-fetch; the caller keeps the asked pairs. A request has one viewer, so it rarely does.
        return await db.LibraryEntries.AsNoTracking()
            .Where(e => userIds.Contains(e.UserId) && gameIds.Contains(e.GameId))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The ratings of the given (user, game) pairs that exist.</summary>
    /// <param name="keys">The pairs.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The found ratings.</returns>
    public async Task<IReadOnlyList<GameRating>> GetRatingsAsync(
        IReadOnlyList<(Guid UserId, long GameId)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Guid[] userIds = [.. keys.Select(k => k.UserId).Distinct()];
        long[] gameIds = [.. keys.Select(k => k.GameId).Distinct()];
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Ratings.AsNoTracking()
            .Where(r => userIds.Contains(r.UserId) && gameIds.Contains(r.GameId))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The rating count and average of each of the given games that has ratings.</summary>
    /// <param name="gameIds">The catalog's game ids.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summaries of the rated games among them.</returns>
    public async Task<IReadOnlyList<RatingSummary>> GetRatingSummariesAsync(IReadOnlyList<long> gameIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gameIds);
        long[] ids = [.. gameIds];
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Ratings.AsNoTracking()
            .Where(r => ids.Contains(r.GameId))
            .GroupBy(r => r.GameId)
            .Select(g => new RatingSummary(g.Key, g.Count(), g.Average(r => (double)r.Rating)))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
