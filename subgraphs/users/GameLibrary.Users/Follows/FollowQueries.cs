using GameLibrary.Users.Accounts;
using GameLibrary.Users.Data;
using GameLibrary.Users.Paging;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Follows;

/// <summary>Reads who follows whom, each call on its own short-lived context (GraphQL resolves fields concurrently).</summary>
/// <param name="contexts">Creates the contexts.</param>
public sealed class FollowQueries(IDbContextFactory<UsersDbContext> contexts)
{
    /// <summary>A page of the users someone follows, most recent follow first.</summary>
    /// <param name="userId">The follower.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many to return at most.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The page.</returns>
    public async Task<Page<User>> GetFollowingAsync(Guid userId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Follows.AsNoTracking()
            .Where(f => f.FollowerId == userId)
            .Join(db.Users.AsNoTracking(), f => f.FolloweeId, u => u.Id, (f, u) => new { f.CreatedAt, User = u })
            .OrderByDescending(x => x.CreatedAt).ThenBy(x => x.User.Id)
            .Select(x => x.User)
            .ToPageAsync(offset, limit, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>A page of someone's followers, most recent follow first.</summary>
    /// <param name="userId">The followed user.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many to return at most.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The page.</returns>
    public async Task<Page<User>> GetFollowersAsync(Guid userId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Follows.AsNoTracking()
            .Where(f => f.FolloweeId == userId)
            .Join(db.Users.AsNoTracking(), f => f.FollowerId, u => u.Id, (f, u) => new { f.CreatedAt, User = u })
            .OrderByDescending(x => x.CreatedAt).ThenBy(x => x.User.Id)
            .Select(x => x.User)
            .ToPageAsync(offset, limit, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The follows made by each of the given users.</summary>
    /// <param name="userIds">The followers.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Their follows.</returns>
    public async Task<IReadOnlyList<Follow>> GetFollowsOfAsync(IReadOnlyList<Guid> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        Guid[] ids = [.. userIds];
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Follows.AsNoTracking()
            .Where(f => ids.Contains(f.FollowerId))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
