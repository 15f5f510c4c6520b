using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameLibrary.Persistence;

/// <summary>Readiness of <typeparamref name="TContext"/>'s database: healthy when it accepts a connection.</summary>
/// <typeparam name="TContext">The context whose database is checked.</typeparam>
/// <param name="scopes">Creates the scope the context is resolved in.</param>
/// <param name="selection">The selected database, named in the result.</param>
public sealed class DatabaseHealthCheck<TContext>(IServiceScopeFactory scopes, DatabaseSelection<TContext> selection) : IHealthCheck
    where TContext : DbContext
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
            return await database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy($"{selection.Provider} accepts connections")
                : new HealthCheckResult(context.Registration.FailureStatus, $"{selection.Provider} refused the connection");
        }
    }
}
