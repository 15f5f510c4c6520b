using GameLibrary.Scoreboard.Data;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// Raises a player's best-score rows for an accepted score, inside the caller's transaction. One upsert statement
/// per period, the same SQL on PostgreSQL and SQLite (<c>INSERT … ON CONFLICT … DO UPDATE … WHERE</c>): concurrent
/// submissions of one player cannot lose a best, and an equal score keeps the earlier time.
/// </summary>
public static class BestScoreWriter
{
    private const string Upsert = """
        INSERT INTO "BestScores" ("GameId", "Period", "UserId", "Value", "AchievedAtMicros", "ScoreId", "UpdatedAtMicros")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6})
        ON CONFLICT ("GameId", "Period", "UserId") DO UPDATE SET
          "Value" = excluded."Value", "AchievedAtMicros" = excluded."AchievedAtMicros",
          "ScoreId" = excluded."ScoreId", "UpdatedAtMicros" = excluded."UpdatedAtMicros"
        WHERE excluded."Value" > "BestScores"."Value"
          OR (excluded."Value" = "BestScores"."Value" AND excluded."AchievedAtMicros" < "BestScores"."AchievedAtMicros");
        """;

    /// <summary>Upserts the rows of every period the score counts in.</summary>
    /// <param name="db">The context whose transaction the score was written in.</param>
    /// <param name="scoreId">The score.</param>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="value">The points.</param>
    /// <param name="playedAt">When it was played.</param>
    /// <param name="competitionId">Its competition.</param>
    /// <param name="now">The current time (the rows' change stamp).</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    public static async Task UpsertAsync(
        ScoreboardDbContext db, Guid scoreId, Guid userId, long gameId, long value, DateTimeOffset playedAt, Guid? competitionId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<BoardPeriod> periods = [.. BoardPeriod.AllOf(playedAt)];
        if (competitionId is { } competition)
        {
            periods.Add(BoardPeriod.Competition(competition));
        }

        long achieved = Time.ToMicros(playedAt);
        long stamp = Time.ToMicros(now);

        // One command (one round trip) with a statement per period; placeholders are renumbered per statement.
        System.Text.StringBuilder sql = new();
        List<object> parameters = new(periods.Count * 7);
        foreach (BoardPeriod period in periods)
        {
            int first = parameters.Count;
            sql.AppendLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, Upsert, [.. Enumerable.Range(first, 7).Select(i => (object)$"{{{i}}}")]));
            parameters.AddRange([gameId, period.Key, userId, value, achieved, scoreId, stamp]);
        }

        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken).ConfigureAwait(false);
    }
}
