namespace GameLibrary.Scoreboard.Tests.Support;

/// <summary>The two stores the scoreboard runs on.</summary>
public enum Backend
{
    /// <summary>Production: PostgreSQL and Redis (the shared test servers).</summary>
    PostgresRedis,

    /// <summary>The embedded default: SQLite and an in-process Garnet.</summary>
    SqliteGarnet,
}
