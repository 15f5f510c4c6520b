using System.Globalization;

using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Players;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Scoreboard.Scores;

/// <summary>
/// What a submission needs to know before it is checked, read in one round trip: the score already stored under the
/// key (a retry), whether the game is known, the player's region and the achievements they hold. Settable because
/// EF Core's <c>SqlQuery</c> materializes it.
/// </summary>
internal sealed class SubmissionFacts
{
    // Scalar subqueries without FROM: one row whatever exists, on PostgreSQL and SQLite alike but for the name of the
    // string aggregate ({0}); {{n}} are the parameters.
    private const string Query = """
        SELECT
          (SELECT "Id" FROM "Scores" WHERE "UserId" = {{0}} AND "IdempotencyKey" = {{1}}) AS "StoredScoreId",
          (SELECT COUNT(*) FROM "KnownGames" WHERE "GameId" = {{2}}) AS "KnownGames",
          (SELECT "Region" FROM "PlayerRegions" WHERE "UserId" = {{0}}) AS "Region",
          (SELECT {0}("Name", ',') FROM "Achievements" WHERE "UserId" = {{0}}) AS "HeldAchievements"
        """;

    private static readonly string PostgreSqlQuery = string.Format(CultureInfo.InvariantCulture, Query, "string_agg");

    private static readonly string SqliteQuery = string.Format(CultureInfo.InvariantCulture, Query, "group_concat");

    public Guid? StoredScoreId { get; set; }

    public long KnownGames { get; set; }

    public string? Region { get; set; }

    public string? HeldAchievements { get; set; }

    /// <summary>The achievements the player holds (names have no commas).</summary>
    public IReadOnlySet<string> Held => HeldAchievements is null ? new HashSet<string>() : [.. HeldAchievements.Split(',')];

    /// <summary>The player's region, as the users log last announced it.</summary>
    public Region? PlayerRegion => Region is null ? null : Enum.Parse<Region>(Region);

    /// <summary>Reads the facts of a submission.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="userId">The player.</param>
    /// <param name="idempotencyKey">The submission's key.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<SubmissionFacts> ReadAsync(
        ScoreboardDbContext db, Guid userId, string idempotencyKey, long gameId, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<SubmissionFacts>(db.Database.IsSqlite() ? SqliteQuery : PostgreSqlQuery, userId, idempotencyKey, gameId)
            .ToListAsync(cancellationToken).ConfigureAwait(false))[0];
}
