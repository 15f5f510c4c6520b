using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Errors;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Scoreboard.Competitions;

/// <summary>Creates and lists competitions.</summary>
/// <param name="contexts">
/// A context per call: sibling root fields (<c>competition</c> and <c>competitions</c>) resolve concurrently, and one
/// request-scoped context would be used by both at once.
/// </param>
/// <param name="timeProvider">The clock deciding states.</param>
public sealed class CompetitionService(IDbContextFactory<ScoreboardDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>The longest competition name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Creates a competition (admins).</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="name">The name.</param>
    /// <param name="startsAt">The start.</param>
    /// <param name="endsAt">The end.</param>
    /// <param name="adminId">The creating admin.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ScoreboardException">Invalid input.</exception>
    public async Task<Competition> CreateAsync(long gameId, string name, DateTimeOffset startsAt, DateTimeOffset endsAt, Guid adminId, CancellationToken cancellationToken)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw ScoreboardException.BadInput("name", $"The name is 1–{MaxNameLength} characters.");
        }

        if (endsAt <= startsAt)
        {
            throw ScoreboardException.BadInput("endsAt", "endsAt must be after startsAt.");
        }

        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.KnownGames.AnyAsync(game => game.GameId == gameId, cancellationToken).ConfigureAwait(false))
        {
            throw ScoreboardException.BadInput("gameId", $"No game has the id {gameId}.");
        }

        Competition competition = new()
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            GameId = gameId,
            Name = name,
            StartsAt = Time.Truncate(startsAt),
            EndsAt = Time.Truncate(endsAt),
            CreatedBy = adminId,
        };
        db.Competitions.Add(competition);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return competition;
    }

    /// <summary>A competition by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Competition?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Competitions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Competitions, optionally of one game and state, soonest start first (at most 100).</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="state">The state now.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<Competition>> ListAsync(long? gameId, CompetitionState? state, CancellationToken cancellationToken)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        await using ScoreboardDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        IQueryable<Competition> query = db.Competitions.AsNoTracking();
        if (gameId is { } game)
        {
            query = query.Where(c => c.GameId == game);
        }

        query = state switch
        {
            CompetitionState.Upcoming => query.Where(c => c.StartsAt > now),
            CompetitionState.Open => query.Where(c => c.StartsAt <= now && c.EndsAt > now),
            CompetitionState.Ended => query.Where(c => c.EndsAt <= now),
            _ => query,
        };
        return await query.OrderBy(c => c.StartsAt).Take(100).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
