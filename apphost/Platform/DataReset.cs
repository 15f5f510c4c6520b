using GameLibrary.AppHost.Cli;

using Npgsql;

namespace GameLibrary.AppHost.Platform;

/// <summary>
/// <c>--reseed</c>: deletes the subgraphs' data so the demo data is created afresh — the SQLite files and the embedded
/// Garnet's event log under <c>.data/</c>, or the subgraphs' PostgreSQL databases. A Redis given with <c>--redis</c> is
/// left alone: its event log only gains the new events, and consumers' offsets stay valid.
/// </summary>
internal static class DataReset
{
    /// <summary>Deletes the data; runs before Garnet or any child starts.</summary>
    /// <param name="options">The command line.</param>
    /// <param name="repositoryRoot">The repository's root.</param>
    /// <param name="report">Receives a line per thing deleted.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task RunAsync(LaunchOptions options, string repositoryRoot, Action<string> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        if (options.Postgres is { } postgres)
        {
            await DropDatabasesAsync(new StoreSettings("", RedisEmbedded: false, postgres), report, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (SubgraphDefinition subgraph in SubgraphDefinition.All)
            {
                string database = SqliteFile(repositoryRoot, subgraph);
                if (File.Exists(database))
                {
                    report($"deleting {database}");
                }

                foreach (string file in (string[])[database, $"{database}-wal", $"{database}-shm"])
                {
                    if (File.Exists(file))
                    {
                        File.Delete(file);
                    }
                }
            }
        }

        string garnet = BackingStores.GarnetDirectory(repositoryRoot);
        if (options.Redis is null && Directory.Exists(garnet))
        {
            report($"deleting {garnet}");
            Directory.Delete(garnet, recursive: true);
        }
    }

    /// <summary>The SQLite file a subgraph uses when no connection string is configured (see GameLibrary.Persistence).</summary>
    /// <param name="repositoryRoot">The repository's root (the subgraphs' content root).</param>
    /// <param name="subgraph">The subgraph.</param>
    public static string SqliteFile(string repositoryRoot, SubgraphDefinition subgraph)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        return Path.Combine(repositoryRoot, ".data", $"{subgraph.ConnectionName.ToLowerInvariant()}.db");
    }

    private static async Task DropDatabasesAsync(StoreSettings stores, Action<string> report, CancellationToken cancellationToken)
    {
        // Connected to the maintenance database: a database cannot be dropped from inside itself.
        NpgsqlConnection connection = new(stores.ForDatabase("postgres"));
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                foreach (SubgraphDefinition subgraph in SubgraphDefinition.All)
                {
                    // The name is one of ours, not user input; FORCE ends sessions still connected to it.
                    NpgsqlCommand command = new($"DROP DATABASE IF EXISTS \"{subgraph.Name}\" WITH (FORCE)", connection);
                    await using (command.ConfigureAwait(false))
                    {
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    report($"dropped the PostgreSQL database {subgraph.Name}");
                }
            }
            catch (NpgsqlException exception)
            {
                throw new LaunchException($"--reseed could not drop the PostgreSQL databases: {exception.Message}");
            }
        }
    }
}
