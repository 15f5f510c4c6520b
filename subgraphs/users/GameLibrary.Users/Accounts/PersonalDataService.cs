using System.Text.Json;

using GameLibrary.Events;
using GameLibrary.Users.Data;
using GameLibrary.Users.Errors;
using GameLibrary.Users.Events;
using GameLibrary.Users.Library;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Accounts;

/// <summary>A player's rights over their data: a copy of everything held about them, and erasure.</summary>
/// <param name="db">The request's context, for the erasure.</param>
/// <param name="contexts">Creates the export's own context: it is a query, and GraphQL resolves query fields concurrently.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class PersonalDataService(UsersDbContext db, IDbContextFactory<UsersDbContext> contexts, TimeProvider timeProvider)
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>
    /// Everything the users subgraph holds about a player, as JSON: the account (without the password hash, which is
    /// a secret of the service rather than data about the player), library, ratings, and both directions of follows.
    /// </summary>
    /// <param name="userId">The player.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The JSON document.</returns>
    public async Task<string> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using UsersDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        User user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false)
            ?? throw new UsersException(UsersErrorCodes.NotFound, "The account no longer exists.");
        var library = await db.LibraryEntries.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.GameId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.GameId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var following = await db.Follows.AsNoTracking().Where(f => f.FollowerId == userId)
            .Join(db.Users, f => f.FolloweeId, u => u.Id, (f, u) => new { userId = u.Id, u.Username, since = f.CreatedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var followers = await db.Follows.AsNoTracking().Where(f => f.FolloweeId == userId)
            .Join(db.Users, f => f.FollowerId, u => u.Id, (f, u) => new { userId = u.Id, u.Username, since = f.CreatedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return JsonSerializer.Serialize(
            new
            {
                exportedAt = timeProvider.GetUtcNow(),
                account = new
                {
                    user.Id,
                    user.Username,
                    user.Email,
                    user.DisplayName,
                    user.AvatarUrl,
                    region = user.Region.ToString(),
                    user.CreatedAt,
                },
                library = library.Select(e => new { e.GameId, status = LibraryService.StatusName(e.Status), e.AddedAt, e.UpdatedAt }),
                ratings = ratings.Select(r => new { r.GameId, r.Rating, r.RatedAt }),
                following = following.OrderBy(f => f.Username, StringComparer.Ordinal),
                followers = followers.OrderBy(f => f.Username, StringComparer.Ordinal),
            },
            ExportJson);
    }

    /// <summary>
    /// Erases a player's account, library, ratings and follows in one transaction, and publishes <see cref="UserDeleted"/>
    /// with it so other subgraphs erase what they derived.
    /// </summary>
    /// <param name="userId">The player.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task DeleteAsync(Guid userId, CancellationToken cancellationToken)
    {
        User user = await db.Users.FindAsync([userId], cancellationToken).ConfigureAwait(false)
            ?? throw new UsersException(UsersErrorCodes.NotFound, "The account no longer exists.");
        db.Follows.RemoveRange(await db.Follows.Where(f => f.FollowerId == userId || f.FolloweeId == userId)
            .ToListAsync(cancellationToken).ConfigureAwait(false));
        db.Ratings.RemoveRange(await db.Ratings.Where(r => r.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.LibraryEntries.RemoveRange(await db.LibraryEntries.Where(e => e.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.Users.Remove(user);
        Outbox.Add(db, DomainEvent.Create(UsersEventLog.Name, new UserDeleted(userId), timeProvider));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
