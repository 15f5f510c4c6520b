namespace GameLibrary.Persistence;

/// <summary>The database engine behind a context, for the few places that need engine-specific SQL.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file under <c>.data/</c>: the embedded default when no connection string is configured.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql, named by <c>ConnectionStrings:{name}</c>.</summary>
    PostgreSql,
}
