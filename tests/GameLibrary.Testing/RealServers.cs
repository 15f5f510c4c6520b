using Npgsql;

namespace GameLibrary.Testing;

/// <summary>
/// The throwaway PostgreSQL and Redis servers that <c>scripts/test.sh</c> starts on loopback and
/// announces through environment variables. Tests that need them fail with a clear message when
/// run outside that script, rather than silently passing.
/// </summary>
public static class RealServers
{
    /// <summary>Environment variable holding an Npgsql connection string of a superuser.</summary>
    public const string PostgresVariable = "GAMELIBRARY_TEST_POSTGRES";

    /// <summary>Environment variable holding a StackExchange.Redis configuration string.</summary>
    public const string RedisVariable = "GAMELIBRARY_TEST_REDIS";

    /// <summary>The connection string of the test PostgreSQL server (database <c>postgres</c>).</summary>
    public static string PostgresConnectionString => Require(PostgresVariable);

    /// <summary>The StackExchange.Redis configuration of the test Redis server.</summary>
    public static string RedisConfiguration => Require(RedisVariable);

    /// <summary>Creates a fresh, uniquely named database and returns a connection string to it.</summary>
    public static async Task<string> CreatePostgresDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        var admin = new NpgsqlConnectionStringBuilder(PostgresConnectionString);
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name }.ConnectionString;
    }

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set. Run the tests through ./scripts/test.sh, which starts real PostgreSQL and Redis servers.");
}
