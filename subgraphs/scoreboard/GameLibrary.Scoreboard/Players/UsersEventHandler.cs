using GameLibrary.Events;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Events;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.Players;

/// <summary>
/// Follows the users log: <see cref="UserRegistered"/> and <see cref="UserRegionChanged"/> keep the players' regions
/// (moving a player's entries between regional boards); <see cref="UserDeleted"/> erases the player's scores, bests,
/// achievements and audit records from SQL and takes them off every board.
/// </summary>
/// <param name="db">The scoreboard database.</param>
/// <param name="leaderboards">The boards.</param>
/// <param name="options">The scoreboard options.</param>
/// <param name="timeProvider">The clock (expired boards are not written).</param>
public sealed class UsersEventHandler(
    ScoreboardDbContext db, Leaderboards leaderboards, IOptions<ScoreboardOptions> options, TimeProvider timeProvider) : IEventHandler
{
    /// <inheritdoc />
    public async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        DomainEvent domainEvent = recorded.Event;
        if (domainEvent.Type is not (nameof(UserRegistered) or nameof(UserRegionChanged) or nameof(UserDeleted)))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await ProcessedEvents.TryMarkAsync(db, ScoreboardEventLog.ConsumerName, domainEvent.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        Func<Task> afterCommit;
        switch (domainEvent.Type)
        {
            case nameof(UserRegistered):
                UserRegistered registered = domainEvent.GetPayload<UserRegistered>();
                afterCommit = await MoveAsync(registered.UserId, registered.Region, cancellationToken).ConfigureAwait(false);
                break;
            case nameof(UserRegionChanged):
                UserRegionChanged changed = domainEvent.GetPayload<UserRegionChanged>();
                afterCommit = await MoveAsync(changed.UserId, changed.Region, cancellationToken).ConfigureAwait(false);
                break;
            default:
                afterCommit = await EraseAsync(domainEvent.GetPayload<UserDeleted>().UserId, cancellationToken).ConfigureAwait(false);
                break;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        // Redis follows SQL once SQL has committed; a failure there marks the boards for repair.
        await afterCommit().ConfigureAwait(false);
    }

    private async Task<Func<Task>> MoveAsync(Guid userId, string regionName, CancellationToken cancellationToken)
    {
        Region? region = Enum.TryParse(regionName, ignoreCase: true, out Region parsed) && Enum.IsDefined(parsed) ? parsed : null;
        PlayerRegion? current = await db.PlayerRegions.FindAsync([userId], cancellationToken).ConfigureAwait(false);
        Region? previous = current?.Region;
        if (region is null)
        {
            if (current is not null)
            {
                db.PlayerRegions.Remove(current);
            }
        }
        else if (current is null)
        {
            db.PlayerRegions.Add(new PlayerRegion { UserId = userId, Region = region.Value });
        }
        else
        {
            current.Region = region.Value;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (previous == region)
        {
            return () => Task.CompletedTask;
        }

        // The player's windowed bests move from the old region's boards to the new one's.
        List<BestScore> bests = await db.BestScores.AsNoTracking().Where(b => b.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return () => MoveEntriesAsync(userId, bests, previous, region);
    }

    private async Task MoveEntriesAsync(Guid userId, List<BestScore> bests, Region? previous, Region? region)
    {
        foreach (BestScore best in bests)
        {
            if (BoardPeriod.Parse(best.Period) is not { Window: not null } period)
            {
                continue;
            }

            if (previous is { } old)
            {
                await leaderboards.RemoveAsync([new BoardId(best.GameId, period, old)], userId).ConfigureAwait(false);
            }

            if (region is { } now && new BoardId(best.GameId, period, now) is var board
                && (board.ExpiresAt(options.Value.MaxAge) is not { } expiry || expiry > timeProvider.GetUtcNow()))
            {
                await leaderboards.ApplyRawAsync(board, userId, best.Value, best.AchievedAtMicros).ConfigureAwait(false);
            }
        }
    }

    private async Task<Func<Task>> EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        List<BestScore> bests = await db.BestScores.AsNoTracking().Where(b => b.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        Region? region = (await db.PlayerRegions.FindAsync([userId], cancellationToken).ConfigureAwait(false))?.Region;
        await db.BestScores.Where(b => b.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Scores.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Achievements.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.AuditRecords.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.PlayerRegions.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        List<BoardId> boards = [];
        foreach (BestScore best in bests)
        {
            if (BoardPeriod.Parse(best.Period) is { } period)
            {
                boards.Add(new BoardId(best.GameId, period, null));
                if (region is { } home && period.Window is not null)
                {
                    boards.Add(new BoardId(best.GameId, period, home));
                }
            }
        }

        return () => leaderboards.RemoveAsync(boards, userId);
    }
}
