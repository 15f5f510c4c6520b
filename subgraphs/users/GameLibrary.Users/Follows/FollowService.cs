using GameLibrary.Users.Accounts;
using GameLibrary.Users.Data;
using GameLibrary.Users.Errors;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Follows;

/// <summary>Follows and unfollows players and lists who follows whom.</summary>
/// <param name="db">The users database.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class FollowService(UsersDbContext db, TimeProvider timeProvider)
{
    /// <summary>Makes <paramref name="followerId"/> follow <paramref name="followeeId"/>; following twice changes nothing.</summary>
    /// <param name="followerId">Who follows.</param>
    /// <param name="followeeId">Whom they follow.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The followed user.</returns>
    public async Task<User> FollowAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken)
    {
        if (followerId == followeeId)
        {
            throw new UsersException(UsersErrorCodes.BadUserInput, "Players cannot follow themselves.");
        }

        User followee = await db.Users.FindAsync([followeeId], cancellationToken).ConfigureAwait(false)
            ?? throw new UsersException(UsersErrorCodes.NotFound, $"User {followeeId} does not exist.");
        if (!await FollowsAsync(followerId, followeeId, cancellationToken).ConfigureAwait(false))
        {
            db.Follows.Add(new Follow
            {
                FollowerId = followerId,
                FolloweeId = followeeId,
                CreatedAt = AccountService.Truncate(timeProvider.GetUtcNow()),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // A concurrent follow may have inserted the row between the check and the insert (the primary key
                // refused ours): following twice changes nothing. Any other failure stays one.
                db.ChangeTracker.Clear();
                if (!await FollowsAsync(followerId, followeeId, cancellationToken).ConfigureAwait(false))
                {
                    throw;
                }
            }
        }

        return followee;
    }

    /// <summary>Stops <paramref name="followerId"/> following <paramref name="followeeId"/>; unfollowing twice changes nothing.</summary>
    /// <param name="followerId">Who follows.</param>
    /// <param name="followeeId">Whom they follow.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The unfollowed user.</returns>
    public async Task<User> UnfollowAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken)
    {
        User followee = await db.Users.FindAsync([followeeId], cancellationToken).ConfigureAwait(false)
            ?? throw new UsersException(UsersErrorCodes.NotFound, $"User {followeeId} does not exist.");
        if (await db.Follows.FindAsync([followerId, followeeId], cancellationToken).ConfigureAwait(false) is { } follow)
        {
            db.Follows.Remove(follow);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A concurrent unfollow deleted the row first: unfollowing twice changes nothing.
                db.ChangeTracker.Clear();
            }
        }

        return followee;
    }

    private Task<bool> FollowsAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) =>
        db.Follows.AsNoTracking().AnyAsync(f => f.FollowerId == followerId && f.FolloweeId == followeeId, cancellationToken);
}
