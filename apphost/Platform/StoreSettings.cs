using Npgsql;

namespace GameLibrary.AppHost.Platform;

/// <summary>The databases and the Redis every child is pointed at.</summary>
/// <param name="RedisConfiguration">The StackExchange.Redis configuration all children share, so they share one event log.</param>
/// <param name="RedisEmbedded">Whether it is the launcher's embedded Garnet server.</param>
/// <param name="PostgresBase">A PostgreSQL connection string without a database, or null for SQLite files under <c>.data/</c>.</param>
internal sealed record StoreSettings(string RedisConfiguration, bool RedisEmbedded, string? PostgresBase)
{
    /// <summary>The connection string of a subgraph's database: its own database on the PostgreSQL server, or null for SQLite.</summary>
    /// <param name="subgraph">The subgraph.</param>
    public string? ConnectionStringFor(SubgraphDefinition subgraph)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        return PostgresBase is null ? null : ForDatabase(subgraph.Name);
    }

    /// <summary>The PostgreSQL connection string for <paramref name="database"/> on the configured server.</summary>
    /// <param name="database">The database name.</param>
    public string ForDatabase(string database)
    {
        if (PostgresBase is null)
        {
            throw new InvalidOperationException("No PostgreSQL server is configured.");
        }

        return new NpgsqlConnectionStringBuilder(PostgresBase) { Database = database }.ConnectionString;
    }
}
