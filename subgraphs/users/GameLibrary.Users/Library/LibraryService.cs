using GameLibrary.Events;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Data;
using GameLibrary.Users.Errors;
using GameLibrary.Users.Events;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Library;

/// <summary>Changes and reads players' libraries and ratings; changes publish <see cref="LibraryChanged"/> or <see cref="GameRated"/>.</summary>
/// <param name="db">The users database.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class LibraryService(UsersDbContext db, TimeProvider timeProvider)
{
    /// <summary>The lowest rating.</summary>
    public const int MinRating = 1;

    /// <summary>The highest rating.</summary>
    public const int MaxRating = 10;

    /// <summary>Adds a known game to a library.</summary>
    /// <param name="userId">The library's owner.</param>
    /// <param name="gameId">The catalog's game id.</param>
    /// <param name="status">Where the game stands.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new entry.</returns>
    public async Task<LibraryEntry> AddAsync(Guid userId, long gameId, LibraryStatus status, CancellationToken cancellationToken)
    {
        await EnsureKnownGameAsync(gameId, cancellationToken).ConfigureAwait(false);
        if (await db.LibraryEntries.AnyAsync(e => e.UserId == userId && e.GameId == gameId, cancellationToken).ConfigureAwait(false))
        {
            throw new UsersException(UsersErrorCodes.Conflict, $"Game {gameId} is already in the library; update its entry instead.");
        }

        DateTimeOffset now = AccountService.Truncate(timeProvider.GetUtcNow());
        LibraryEntry entry = new() { UserId = userId, GameId = gameId, Status = status, AddedAt = now, UpdatedAt = now };
        db.LibraryEntries.Add(entry);
        Outbox.Add(db, DomainEvent.Create(UsersEventLog.Name, new LibraryChanged(userId, gameId, StatusName(status)), timeProvider));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>Changes the status of a game in a library.</summary>
    /// <param name="userId">The library's owner.</param>
    /// <param name="gameId">The catalog's game id.</param>
    /// <param name="status">The new status.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The changed entry.</returns>
    public async Task<LibraryEntry> UpdateAsync(Guid userId, long gameId, LibraryStatus status, CancellationToken cancellationToken)
    {
        LibraryEntry entry = await FindEntryAsync(userId, gameId, cancellationToken).ConfigureAwait(false);
        if (entry.Status != status)
        {
            entry.Status = status;
            entry.UpdatedAt = AccountService.Truncate(timeProvider.GetUtcNow());
            Outbox.Add(db, DomainEvent.Create(UsersEventLog.Name, new LibraryChanged(userId, gameId, StatusName(status)), timeProvider));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    /// <summary>Removes a game from a library; its rating stays.</summary>
    /// <param name="userId">The library's owner.</param>
    /// <param name="gameId">The catalog's game id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task RemoveAsync(Guid userId, long gameId, CancellationToken cancellationToken)
    {
        LibraryEntry entry = await FindEntryAsync(userId, gameId, cancellationToken).ConfigureAwait(false);
        db.LibraryEntries.Remove(entry);
        Outbox.Add(db, DomainEvent.Create(UsersEventLog.Name, new LibraryChanged(userId, gameId, null), timeProvider));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rates a known game 1–10, replacing an earlier rating by the same player.</summary>
    /// <param name="userId">The rater.</param>
    /// <param name="gameId">The catalog's game id.</param>
    /// <param name="rating">The rating.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The rating.</returns>
    public async Task<GameRating> RateAsync(Guid userId, long gameId, int rating, CancellationToken cancellationToken)
    {
        if (rating is < MinRating or > MaxRating)
        {
            throw new UsersException(UsersErrorCodes.BadUserInput, $"A rating is between {MinRating} and {MaxRating}, not {rating}.");
        }

        await EnsureKnownGameAsync(gameId, cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = AccountService.Truncate(timeProvider.GetUtcNow());
        GameRating? existing = await db.Ratings.FindAsync([userId, gameId], cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            existing = new GameRating { UserId = userId, GameId = gameId, Rating = rating, RatedAt = now };
            db.Ratings.Add(existing);
        }
        else
        {
            existing.Rating = rating;
            existing.RatedAt = now;
        }

        Outbox.Add(db, DomainEvent.Create(UsersEventLog.Name, new GameRated(userId, gameId, rating), timeProvider));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return existing;
    }

    /// <summary>The event and API spelling of a status: its name in upper case.</summary>
    /// <param name="status">The status.</param>
    /// <returns>E.g. <c>PLAYING</c>.</returns>
    public static string StatusName(LibraryStatus status) => status.ToString().ToUpperInvariant();

    private async Task EnsureKnownGameAsync(long gameId, CancellationToken cancellationToken)
    {
        if (!await db.KnownGames.AnyAsync(g => g.GameId == gameId, cancellationToken).ConfigureAwait(false))
        {
            throw new UsersException(UsersErrorCodes.NotFound, $"Game {gameId} is not in the catalog.");
        }
    }

    private async Task<LibraryEntry> FindEntryAsync(Guid userId, long gameId, CancellationToken cancellationToken) =>
        await db.LibraryEntries.FindAsync([userId, gameId], cancellationToken).ConfigureAwait(false)
        ?? throw new UsersException(UsersErrorCodes.NotFound, $"Game {gameId} is not in the library.");
}
