using System.Globalization;

using Microsoft.Extensions.Diagnostics.HealthChecks;

using StackExchange.Redis;

namespace GameLibrary.Redis;

/// <summary>Readiness of Redis: healthy when a PING is answered.</summary>
/// <param name="connection">The application's connection.</param>
public sealed class RedisHealthCheck(IConnectionMultiplexer connection) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!connection.IsConnected)
        {
            // A PING would wait in the reconnect backlog until it times out.
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis is not connected");
        }

        try
        {
            var latency = await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(
                string.Create(CultureInfo.InvariantCulture, $"PING answered in {latency.TotalMilliseconds:0.0} ms"));
        }
        catch (RedisException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis did not answer PING", exception);
        }
        catch (TimeoutException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis did not answer PING in time", exception);
        }
    }
}
