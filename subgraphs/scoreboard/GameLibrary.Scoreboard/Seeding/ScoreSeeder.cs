using GameLibrary.Events;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Events;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.Scores;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.Seeding;

/// <summary>
/// Demo scores so boards are not empty: accepted scores of the players the users log announced, on the first games
/// the catalog announced, played within the last day; written to SQL (with their events) and then put on the Redis
/// boards by a rebuild. Players and games must be known first, so the gateway can complete every entry.
/// </summary>
/// <param name="scopes">Creates the seeding scope.</param>
/// <param name="rebuilder">Puts the seeded scores on the boards.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="options">The scoreboard options.</param>
public sealed class ScoreSeeder(IServiceScopeFactory scopes, BoardRebuilder rebuilder, TimeProvider timeProvider, IOptions<ScoreboardOptions> options)
{
    /// <summary>How many games the demo scores spread over.</summary>
    public const int Games = 10;

    /// <summary>Seeds <paramref name="count"/> scores; returns how many were written (0 without known players or games).</summary>
    /// <param name="count">How many scores.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    public async Task<int> SeedAsync(int count, int seed, CancellationToken cancellationToken)
    {
        Random random = new(seed);
        DateTimeOffset now = timeProvider.GetUtcNow();
        int written = 0;
        await using (AsyncServiceScope scope = scopes.CreateAsyncScope())
        {
            ScoreboardDbContext db = scope.ServiceProvider.GetRequiredService<ScoreboardDbContext>();
            List<PlayerRegion> players = await db.PlayerRegions.AsNoTracking().OrderBy(p => p.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
            List<long> games = await db.KnownGames.OrderBy(g => g.GameId).Select(g => g.GameId).Take(Games).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (players.Count == 0 || games.Count == 0)
            {
                return 0;
            }

            while (written < count)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                int batch = Math.Min(500, count - written);
                for (int i = 0; i < batch; i++)
                {
                    PlayerRegion player = players[random.Next(players.Count)];
                    long gameId = games[random.Next(games.Count)];
                    DateTimeOffset playedAt = Time.Truncate(now - TimeSpan.FromMinutes(random.Next(1, 23 * 60)));
                    Score score = new()
                    {
                        Id = Guid.CreateVersion7(now),
                        UserId = player.UserId,
                        GameId = gameId,
                        Value = random.Next(10, 10_000),
                        IdempotencyKey = $"seed-{Guid.NewGuid():N}",
                        PlayedAt = playedAt,
                        SubmittedAt = Time.Truncate(now),
                        Status = ScoreStatus.Accepted,
                    };
                    db.Scores.Add(score);
                    Outbox.Add(db, DomainEvent.Create(
                        options.Value.EventLog,
                        new ScoreSubmitted(score.Id, score.UserId, gameId, score.Value, playedAt, player.Region.ToString()),
                        timeProvider));
                    await BestScoreWriter.UpsertAsync(db, score.Id, score.UserId, gameId, score.Value, playedAt, null, now, cancellationToken).ConfigureAwait(false);
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                written += batch;
            }
        }

        await rebuilder.RebuildAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }
}
