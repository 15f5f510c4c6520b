using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace GameLibrary.Persistence;

/// <summary>Which database <typeparamref name="TContext"/> uses, decided once from configuration at startup.</summary>
/// <typeparam name="TContext">The context the selection belongs to.</typeparam>
public sealed class DatabaseSelection<TContext>
    where TContext : DbContext
{
    private DatabaseSelection(DatabaseProvider provider, string connectionName, string connectionString)
    {
        Provider = provider;
        ConnectionName = connectionName;
        ConnectionString = connectionString;
    }

    /// <summary>The engine in use.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The name under <c>ConnectionStrings</c>, e.g. <c>Catalog</c>.</summary>
    public string ConnectionName { get; }

    /// <summary>The connection string handed to the provider.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// PostgreSQL when <c>ConnectionStrings:{connectionName}</c> is set; otherwise SQLite at
    /// <c>.data/{connectionName in lower case}.db</c> under <paramref name="contentRoot"/>, whose folder is created.
    /// </summary>
    /// <param name="configuration">The application configuration.</param>
    /// <param name="connectionName">The name under <c>ConnectionStrings</c>.</param>
    /// <param name="contentRoot">The directory the SQLite default lives under.</param>
    public static DatabaseSelection<TContext> FromConfiguration(IConfiguration configuration, string connectionName, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);

        if (configuration.GetConnectionString(connectionName) is { Length: > 0 } connectionString)
        {
            return new(DatabaseProvider.PostgreSql, connectionName, connectionString);
        }

        var directory = Path.Combine(Path.GetFullPath(contentRoot), ".data");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{connectionName.ToLowerInvariant()}.db");
        return new(DatabaseProvider.Sqlite, connectionName, new SqliteConnectionStringBuilder { DataSource = file }.ConnectionString);
    }
}
