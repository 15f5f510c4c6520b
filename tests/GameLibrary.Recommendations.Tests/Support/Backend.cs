namespace GameLibrary.Recommendations.Tests.Support;

/// <summary>The two storage set-ups the subgraph runs on.</summary>
public enum Backend
{
    /// <summary>A fresh PostgreSQL database and the real Redis server.</summary>
    PostgresAndRedis,

    /// <summary>The SQLite default and an embedded Garnet server.</summary>
    SqliteAndGarnet,
}
