using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Persistence;

/// <summary>
/// Creates <typeparamref name="TContext"/>'s schema when the host starts: on PostgreSQL it applies
/// the context's migrations (or creates the schema from the model when it has none); the SQLite
/// default is created from the model.
/// </summary>
/// <typeparam name="TContext">The context whose database is prepared.</typeparam>
/// <param name="scopes">Creates the scope the context is resolved in.</param>
/// <param name="selection">The selected database.</param>
/// <param name="logger">Reports what was done.</param>
public sealed partial class DatabaseInitializer<TContext>(
    IServiceScopeFactory scopes,
    DatabaseSelection<TContext> selection,
    ILogger<DatabaseInitializer<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    /// <summary>Creates or migrates the schema; safe to run on every start.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
            if (selection.Provider == DatabaseProvider.PostgreSql && database.GetMigrations().Any())
            {
                await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                LogMigrated(selection.ConnectionName, selection.Provider);
                return;
            }

            var created = await database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            if (selection.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers (queries, the outbox publisher) run beside the writer.
                await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }

            LogCreated(selection.ConnectionName, selection.Provider, created);
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {ConnectionName} ({Provider}): migrations applied")]
    private partial void LogMigrated(string connectionName, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {ConnectionName} ({Provider}): schema created from the model: {Created}")]
    private partial void LogCreated(string connectionName, DatabaseProvider provider, bool created);
}
