using System.Globalization;

using GameLibrary.Events;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Events;
using GameLibrary.Scoreboard.Scores;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.Achievements;

/// <summary>
/// Unlocks achievements, each once per player: the insert is <c>ON CONFLICT DO NOTHING</c> on the (player, name) key,
/// and only a row actually inserted adds an <see cref="AchievementUnlocked"/> event to the outbox.
/// </summary>
/// <param name="options">The scoreboard options (the event log).</param>
/// <param name="timeProvider">The clock stamping events.</param>
public sealed class AchievementService(IOptions<ScoreboardOptions> options, TimeProvider timeProvider)
{
    // {0}: the rows, each ({0}, {name}, {1}, {2}) with the player, game and time parameters shared. RETURNING names the
    // rows actually inserted (a concurrent submission of the player may have won some); PostgreSQL and SQLite alike.
    private const string Insert = """
        INSERT INTO "Achievements" ("UserId", "Name", "GameId", "UnlockedAtMicros") VALUES {0}
        ON CONFLICT ("UserId", "Name") DO NOTHING RETURNING "Name" AS "Value"
        """;

    /// <summary>
    /// Unlocks the score thresholds and daily streaks an accepted score reaches; saves nothing itself. Reads every
    /// achievement the player holds, so the rank achievements after the commit need no second transaction once held.
    /// </summary>
    /// <param name="db">The context whose transaction holds the score.</param>
    /// <param name="score">The accepted score.</param>
    /// <param name="held">What the player was read to hold already, or <see langword="null"/> to read it here.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    /// <returns>The new unlocks, and every achievement the player holds now.</returns>
    public async Task<AchievementProgress> UnlockForScoreAsync(
        ScoreboardDbContext db, Score score, IReadOnlySet<string>? held, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(score);
        List<string> reached = [.. AchievementNames.ScoreThresholds.Where(threshold => score.Value >= threshold).Select(AchievementNames.Score)];
        int streak = await StreakAsync(db, score.UserId, score.GameId, score.PlayedAt, cancellationToken).ConfigureAwait(false);
        reached.AddRange(AchievementNames.StreakLengths.Where(days => streak >= days).Select(AchievementNames.Streak));
        return await UnlockAsync(db, score.UserId, score.GameId, reached, held, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Unlocks top 10 and first place for a player's new all-time rank, in its own save; without a statement when the
    /// player already holds what the rank reaches.
    /// </summary>
    /// <param name="db">A context.</param>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="rank">The player's all-time rank on the game.</param>
    /// <param name="held">What the player held at the score's commit (achievements are never taken back).</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    public async Task<IReadOnlyList<AchievementUnlocked>> UnlockForRankAsync(
        ScoreboardDbContext db, Guid userId, long gameId, long rank, IReadOnlySet<string> held, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(held);
        List<string> reached = [];
        if (rank <= 10)
        {
            reached.Add(AchievementNames.Top10);
        }

        if (rank == 1)
        {
            reached.Add(AchievementNames.FirstPlace);
        }

        if (reached.TrueForAll(held.Contains))
        {
            return [];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<AchievementUnlocked> unlocked = (await UnlockAsync(db, userId, gameId, reached, null, now, cancellationToken).ConfigureAwait(false)).Unlocked;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return unlocked;
    }

    /// <summary>The length of the run of consecutive UTC days with accepted scores ending on <paramref name="day"/>'s day.</summary>
    /// <param name="db">A context.</param>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="day">The run's last day.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<int> StreakAsync(ScoreboardDbContext db, Guid userId, long gameId, DateTimeOffset day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        DateTime last = day.UtcDateTime.Date;
        DateTimeOffset since = new(last.AddDays(-(AchievementNames.StreakLengths[^1] + 1)), TimeSpan.Zero);
        List<DateTimeOffset> played = await db.Scores
            .Where(s => s.UserId == userId && s.GameId == gameId && s.Status == ScoreStatus.Accepted && s.PlayedAt >= since)
            .Select(s => s.PlayedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        HashSet<DateTime> days = [.. played.Select(at => at.UtcDateTime.Date)];
        int streak = 0;
        while (days.Contains(last.AddDays(-streak)))
        {
            streak++;
        }

        return streak;
    }

    private async Task<AchievementProgress> UnlockAsync(
        ScoreboardDbContext db, Guid userId, long gameId, List<string> names, IReadOnlySet<string>? known, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<AchievementUnlocked> unlocked = [];
        DateTimeOffset at = Time.Truncate(now);

        // Most submissions unlock nothing new: knowing everything held spares an insert per already-unlocked name. Read
        // earlier it may miss a concurrent unlock; the insert's ON CONFLICT then adds nothing and no event.
        HashSet<string> held = known is not null
            ? [.. known]
            : [.. await db.Achievements.Where(a => a.UserId == userId).Select(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false)];
        List<string> reached = [.. names.Where(name => !held.Contains(name))];
        if (reached.Count == 0)
        {
            return new AchievementProgress(unlocked, held);
        }

        // One statement for every newly reached name (a player's first scores reach several at once).
        string rows = string.Join(", ", reached.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"({{0}}, {{{3 + i}}}, {{1}}, {{2}})")));
        List<string> inserted = await db.Database
            .SqlQueryRaw<string>(string.Format(CultureInfo.InvariantCulture, Insert, rows), [userId, gameId, Time.ToMicros(at), .. reached])
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (string name in reached.Where(inserted.Contains))
        {
            AchievementUnlocked achievement = new(userId, gameId, name, at);
            Outbox.Add(db, DomainEvent.Create(options.Value.EventLog, achievement, timeProvider));
            unlocked.Add(achievement);
        }

        held.UnionWith(reached);
        return new AchievementProgress(unlocked, held);
    }
}
